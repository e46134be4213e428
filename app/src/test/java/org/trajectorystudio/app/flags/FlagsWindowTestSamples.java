package org.trajectorystudio.app.flags;

/** Three trajectories for the window tests: a loop, a wrong answer and a clean one. */
public final class FlagsWindowTestSamples {
    private FlagsWindowTestSamples() {}

    public static final String SAMPLES = """
            {"schema":"trajectory-studio/v1","id":"loop-1","kind":"trajectory","question":"Capital of Peru?","answer":"Lima","steps":[\
            {"thought":"search","action":{"type":"tool_calls","calls":[{"name":"search","arguments":{"query":["capital of peru"]}}]},"observation":"Lima."},\
            {"thought":"again","action":{"type":"tool_calls","calls":[{"name":"search","arguments":{"query":["capital of peru"]}}]},"observation":"Lima."},\
            {"thought":"done","action":{"type":"answer","text":"Lima"}}],"judgment":"correct"}
            {"schema":"trajectory-studio/v1","id":"wrong-1","kind":"trajectory","question":"Capital of Chile?","answer":"Santiago","steps":[\
            {"thought":"done","action":{"type":"answer","text":"Valparaiso"}}],"judgment":"incorrect"}
            {"schema":"trajectory-studio/v1","id":"clean-1","kind":"trajectory","question":"Capital of France?","answer":"Paris","steps":[\
            {"thought":"done","action":{"type":"answer","text":"It is Paris."}}],"judgment":"correct"}
            """;
}
