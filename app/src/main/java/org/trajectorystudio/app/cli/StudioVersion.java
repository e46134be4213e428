package org.trajectorystudio.app.cli;

import picocli.CommandLine.IVersionProvider;

/** The studio's version, from the jar manifest when packaged. */
public final class StudioVersion implements IVersionProvider {
    public static String current() {
        String version = StudioVersion.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"Trajectory Studio " + current(), "Java " + Runtime.version()};
    }
}
