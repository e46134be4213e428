package org.trajectorystudio.model.format;

/**
 * How to read a source file.
 *
 * @param format the format, or null to detect it
 * @param messagesKey where the conversation lives in each record (a dotted path such as {@code data.dialog}), or null
 *     to look in the usual places ({@link ConversationLocator})
 * @param maxRecordBytes a record bigger than this is rejected with its line and size, unread, and reading goes on
 */
public record ReadOptions(SampleFormat format, String messagesKey, long maxRecordBytes) {
    /**
     * 16 MiB: a 128K-token trajectory is well under 1 MB, and at {@code -Xmx256m} a record needs several times its
     * size while it is parsed and mapped, on each parser thread.
     */
    public static final long DEFAULT_MAX_RECORD_BYTES = Long.getLong("studio.maxRecordBytes", 16L << 20);

    public static final ReadOptions DEFAULT = new ReadOptions(null, null, DEFAULT_MAX_RECORD_BYTES);

    public ReadOptions {
        if (maxRecordBytes <= 0) {
            throw new IllegalArgumentException("maxRecordBytes must be positive");
        }
        messagesKey = messagesKey == null || messagesKey.isBlank() ? null : messagesKey.strip();
    }

    public static ReadOptions of(SampleFormat format) {
        return new ReadOptions(format, null, DEFAULT_MAX_RECORD_BYTES);
    }

    public ReadOptions withMessagesKey(String key) {
        return new ReadOptions(format, key, maxRecordBytes);
    }

    public ReadOptions withMaxRecordBytes(long bytes) {
        return new ReadOptions(format, messagesKey, bytes);
    }
}
