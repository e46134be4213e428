package org.trajectorystudio.inference.tokenize;

/**
 * Keeps DJL off the network; applied before any DJL class initialises (this class imports nothing from DJL, so calling
 * it loads none). DJL 0.38's {@code Ec2Utils.callHome}, run by every {@code HuggingFaceTokenizer.newInstance} (so by
 * {@code Builder.build()}) and by the default-engine lookup, PUTs and GETs {@code http://169.254.169.254} and on AWS a
 * telemetry URL, with {@code Proxy.NO_PROXY}: it returns at once when {@code OPT_OUT_TRACKING} or {@code offline} is
 * true. The tokenizers' {@code LibUtils} may download a CUDA build of its native library from
 * {@code https://publish.djl.ai/tokenizers/}: offline mode ({@code ai.djl.offline}) and the CPU flavour keep it to the
 * library inside the jar. The studio loads tokenizers from local files only ({@code optTokenizerPath}), never by hub name.
 * A value the user set explicitly is left as it is.
 */
public final class DjlOffline {
    private DjlOffline() {}

    public static void apply() {
        setIfAbsent("OPT_OUT_TRACKING", "true");
        setIfAbsent("offline", "true");
        setIfAbsent("ai.djl.offline", "true");
        setIfAbsent("RUST_FLAVOR", "cpu");
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
