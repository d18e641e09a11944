package io.github.vecnet.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * The version of this build for {@code --version}: Maven writes it into {@code version.properties} (a filtered
 * resource), so it is right from the jar, from {@code target/classes} and from an IDE that runs Maven's resource
 * processing. The jar manifest's {@code Implementation-Version} is the fallback.
 */
public final class BuildVersion implements IVersionProvider {
    static final String RESOURCE = "version.properties";

    /** The project version, e.g. {@code 0.1.0-SNAPSHOT}, or {@code "unknown"} when neither source has it. */
    public static String current() {
        try (InputStream in = BuildVersion.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                Properties properties = new Properties();
                properties.load(in);
                String version = properties.getProperty("version", "");
                // An unfiltered copy (an IDE that skips Maven's filtering) still holds the placeholder.
                if (!version.isBlank() && !version.startsWith("${")) {
                    return version;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        String manifest = BuildVersion.class.getPackage().getImplementationVersion();
        return manifest != null ? manifest : "unknown";
    }

    @Override
    public String[] getVersion() {
        return new String[] {"vecnet-examples " + current(), "JVM: ${java.version} (${java.vendor} ${java.vm.name})"};
    }
}
