package org.trajectorystudio.persistence.similar;

import org.trajectorystudio.model.sample.Sample;

/**
 * The text of a sample that "find similar" compares: its question, then its final answer. That is what says which
 * task a sample is and how it ended (the same failure elsewhere is the same kind of question with the same kind of
 * answer); the steps between would make every long trajectory look like every other.
 */
public final class SimilarText {
    private SimilarText() {}

    /** Question and final answer on two lines; empty when the sample has neither. */
    public static String of(Sample sample) {
        String question = sample.question() == null ? "" : sample.question().strip();
        String answer = sample.finalAnswer().map(String::strip).orElse("");
        return answer.isEmpty() ? question : question.isEmpty() ? answer : question + "\n" + answer;
    }
}
