package org.trajectorystudio.inference.engine;

/**
 * Bytes per tensor for the ggml types whose block layout is fixed and well known (ggml's {@code type_traits}).
 * Used only to tell a truncated GGUF file from a whole one; a type missing here is not checked.
 */
final class GgmlTypes {
    private GgmlTypes() {}

    /** Bytes of {@code elements} values of ggml type {@code type}, or 0 when the type is not in the table. */
    static long bytes(int type, long elements) {
        // {block size in elements, bytes per block}
        int[] block = switch (type) {
            case 0 -> new int[] {1, 4};      // F32
            case 1 -> new int[] {1, 2};      // F16
            case 2 -> new int[] {32, 18};    // Q4_0
            case 3 -> new int[] {32, 20};    // Q4_1
            case 6 -> new int[] {32, 22};    // Q5_0
            case 7 -> new int[] {32, 24};    // Q5_1
            case 8 -> new int[] {32, 34};    // Q8_0
            case 10 -> new int[] {256, 84};  // Q2_K
            case 11 -> new int[] {256, 110}; // Q3_K
            case 12 -> new int[] {256, 144}; // Q4_K
            case 13 -> new int[] {256, 176}; // Q5_K
            case 14 -> new int[] {256, 210}; // Q6_K
            case 24 -> new int[] {1, 1};     // I8
            case 25 -> new int[] {1, 2};     // I16
            case 26 -> new int[] {1, 4};     // I32
            case 27 -> new int[] {1, 8};     // I64
            case 28 -> new int[] {1, 8};     // F64
            case 30 -> new int[] {1, 2};     // BF16
            default -> null;
        };
        if (block == null || elements == Long.MAX_VALUE) {
            return 0;
        }
        long blocks = (elements + block[0] - 1) / block[0];
        return Math.multiplyHigh(blocks, block[1]) != 0 ? Long.MAX_VALUE : blocks * block[1];
    }
}
