package org.trajectorystudio.model.export.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class QuestionClustersTest {

    @Test
    void identicalQuestionsAfterNormalizationAreOneQuestionEvenWithoutClustering() {
        QuestionClusters clusters = new QuestionClusters(0, 1);
        int a = clusters.add("Who won the 1964 Derby?");
        int b = clusters.add("  who WON the 1964\tDerby? ");
        int c = clusters.add("Who won the 1965 Derby?");
        assertThat(b).isEqualTo(a);
        assertThat(c).isNotEqualTo(a);
        assertThat(clusters.cluster(c)).isEqualTo(c);
        assertThat(clusters.questionCount()).isEqualTo(2);
        assertThat(clusters.clusterCount()).isEqualTo(2);
    }

    @Test
    void nearDuplicateQuestionsJoinOneClusterNamedByTheFirst() {
        QuestionClusters clusters = new QuestionClusters(0.6, 42);
        int first = clusters.add("Who trained the horse that won the 1964 Epsom Derby?");
        int other = clusters.add("What is the capital city of Kyrgyzstan?");
        int near = clusters.add("Who trained the horse which won the 1964 Epsom Derby");
        int near2 = clusters.add("who trained the horse that won the 1964 epsom derby race?");
        int farther = clusters.add("What is the capital of Kyrgyzstan?");
        assertThat(clusters.cluster(near)).isEqualTo(first);
        assertThat(clusters.cluster(near2)).isEqualTo(first);
        assertThat(clusters.cluster(other)).isEqualTo(other);
        assertThat(clusters.cluster(farther)).isEqualTo(other);
        assertThat(clusters.clusterCount()).isEqualTo(2);
    }

    @Test
    void differentQuestionsOnTheSameTopicStayApart() {
        QuestionClusters clusters = new QuestionClusters(0.6, 42);
        int a = clusters.add("Who trained the horse that won the 1964 Epsom Derby?");
        int b = clusters.add("Who rode the horse that won the 1987 Kentucky Derby?");
        int c = clusters.add("How many times did Lester Piggott win the Derby?");
        assertThat(clusters.cluster(b)).isEqualTo(b);
        assertThat(clusters.cluster(c)).isEqualTo(c);
        assertThat(clusters.cluster(a)).isEqualTo(a);
    }

    @Test
    void minHashSimilarityEstimatesJaccardAndIsSeeded() {
        MinHash minHash = new MinHash(9, 256, 4);
        long[] a = minHash.signature("the quick brown fox jumps over the lazy dog");
        assertThat(MinHash.similarity(a, minHash.signature("The quick brown fox jumps over the lazy dog!"))).isEqualTo(1.0);
        assertThat(MinHash.similarity(a, minHash.signature("the quick brown fox jumps over the lazy cat"))).isBetween(0.7, 0.99);
        assertThat(MinHash.similarity(a, minHash.signature("completely unrelated sentence about tax law"))).isLessThan(0.1);
        assertThat(new MinHash(9, 256, 4).signature("abc def")).isEqualTo(minHash.signature("abc def"));
        assertThat(new MinHash(10, 256, 4).signature("abc def")).isNotEqualTo(minHash.signature("abc def"));
    }

    @Test
    void thresholdMustBeAShare() {
        assertThatThrownBy(() -> new QuestionClusters(1.5, 0)).hasMessageContaining("0..1");
    }
}
