package org.trajectorystudio.model.judge;

import java.util.List;
import java.util.Optional;

/** The two rubrics shipped with the studio; a curator may edit a copy (a template file or a library setting). */
public final class Rubrics {
    public static final Rubric ANSWER_CORRECT = new Rubric("answer-correct", """
            You are checking an AI agent's work. Given the question, the agent's steps and the reference answer, decide \
            whether the agent's final answer is correct. Minor wording differences do not matter; a different fact does.

            Question:
            {{question}}

            Agent's steps:
            {{steps}}

            Agent's final answer:
            {{answer}}

            Reference answer:
            {{reference}}

            Reply with one line: VERDICT: correct  or  VERDICT: incorrect""");

    public static final Rubric WHICH_OPTION = new Rubric("which-option", """
            You are an AI agent solving the question below. At step {{step}} these options are open to you. Which one \
            would you choose?

            Question:
            {{question}}

            Steps so far:
            {{steps}}

            Options at step {{step}}:
            {{options}}

            Reply with one line: OPTION: <number>""");

    public static final List<Rubric> DEFAULTS = List.of(ANSWER_CORRECT, WHICH_OPTION);

    private Rubrics() {}

    public static Optional<Rubric> named(String name) {
        return DEFAULTS.stream().filter(rubric -> rubric.name().equals(name)).findFirst();
    }
}
