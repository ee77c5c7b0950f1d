package dev.yusuan.cli;

import picocli.CommandLine.IVersionProvider;

/** {@code --version}: the implementation version of the jar. */
final class Version implements IVersionProvider {
  static String version() {
    String v = Version.class.getPackage().getImplementationVersion();
    return v == null ? "0.1.0-SNAPSHOT" : v;
  }

  @Override
  public String[] getVersion() {
    return new String[] {"yusuan " + version(), "Java " + System.getProperty("java.version")};
  }
}
