package org.trajectorystudio.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The source shards: globs over any Hadoop file system (local, HDFS, S3A, GCS, ABFS), expanded on the driver and
 * sorted by path, so that the file order (and with it every record's {@link OrderKey}) does not depend on listing
 * order. Import the same files into a library in this order and the library holds the same order.
 */
final class SourceFiles {
    private SourceFiles() {}

    /** @throws IllegalArgumentException naming the glob that matched no file */
    static List<String> expand(List<String> globs, Configuration conf) {
        TreeSet<String> files = new TreeSet<>();
        for (String glob : globs) {
            try {
                Path pattern = new Path(glob);
                FileStatus[] matches = pattern.getFileSystem(conf).globStatus(pattern);
                int before = files.size();
                if (matches != null) {
                    for (FileStatus match : matches) {
                        if (match.isFile()) {
                            files.add(match.getPath().toString());
                        }
                    }
                }
                if (files.size() == before) {
                    throw new IllegalArgumentException(glob + ": no such file (or no file matches)");
                }
            } catch (IOException e) {
                throw new IllegalArgumentException(glob + ": cannot list (" + e.getMessage() + ")", e);
            }
        }
        return new ArrayList<>(files);
    }

    /** The Hadoop settings, as a serializable map that executors turn back into a configuration. */
    static HadoopConf serializable(Configuration conf) {
        Map<String, String> entries = new HashMap<>();
        conf.forEach(entry -> entries.put(entry.getKey(), entry.getValue()));
        return new HadoopConf(entries);
    }

    record HadoopConf(Map<String, String> entries) implements Serializable {
        Configuration configuration() {
            Configuration conf = new Configuration(false);
            entries.forEach(conf::set);
            return conf;
        }

        InputStream open(String file) throws IOException {
            Path path = new Path(file);
            FileSystem fs = path.getFileSystem(configuration());
            return fs.open(path);
        }
    }

    /** The file's SHA-256 in hex, as the library records a dataset's (the manifest's {@code datasetHash}). */
    static String sha256(HadoopConf conf, String file) {
        try (InputStream in = new DigestInputStream(conf.open(file), MessageDigest.getInstance("SHA-256"))) {
            byte[] buffer = new byte[1 << 16];
            while (in.read(buffer) >= 0) {
                // digesting
            }
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot read (" + e.getMessage() + ")", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
