package org.trajectorystudio.model.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ArrayNode;

/** An edit between two texts is the longest common prefix and suffix around what differs, and gives the target back. */
class TextEditTest {
    @Test
    void theEditKeepsTheLongestCommonEndsAndRebuildsTheTarget() {
        SplittableRandom random = new SplittableRandom(11);
        String alphabet = "ab \n{}\"日é";
        for (int round = 0; round < 400; round++) {
            StringBuilder common = new StringBuilder();
            int length = random.nextInt(round < 200 ? 40 : 3_000);
            for (int i = 0; i < length; i++) {
                common.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            int cut = random.nextInt(common.length() + 1);
            String base = common.substring(0, cut) + "X".repeat(random.nextInt(3)) + common.substring(cut);
            String target = common.substring(0, cut) + "Y".repeat(random.nextInt(3)) + common.substring(cut);
            ArrayNode edit = TextEdit.between(base, target);
            assertThat(TextEdit.apply(base, edit)).isEqualTo(target);
            // The base given in parts (cut anywhere, empty parts too) gives the very same edit.
            List<String> parts = new ArrayList<>();
            for (int from = 0; from < base.length() || parts.isEmpty(); ) {
                int to = Math.min(base.length(), from + random.nextInt(random.nextBoolean() ? 5 : 400));
                parts.add(base.substring(from, to));
                from = to;
            }
            assertThat(TextEdit.between(parts, target)).as("parts %s, round %d", parts.size(), round).isEqualTo(edit);
            int max = Math.min(base.length(), target.length());
            int prefix = 0;
            while (prefix < max && base.charAt(prefix) == target.charAt(prefix)) {
                prefix++;
            }
            int suffix = 0;
            while (suffix < max - prefix
                    && base.charAt(base.length() - 1 - suffix) == target.charAt(target.length() - 1 - suffix)) {
                suffix++;
            }
            assertThat(edit.get(0).asInt()).as("prefix, round %d", round).isEqualTo(prefix);
            assertThat(edit.get(2).asInt()).as("suffix, round %d", round).isEqualTo(suffix);
        }
    }
}
