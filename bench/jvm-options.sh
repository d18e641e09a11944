# Sourced by the bench/*.sh scripts: JVM_OPTS holds the options the benchmarks need for the java in $JAVA.
# JDK 22+ warns (and JDK 24+ warns on every JNI load) when a class-path library uses native code, as netlib's
# OpenBLAS bridge does; --enable-native-access=ALL-UNNAMED allows it. JMH forks inherit the host's options.
java_feature_version() {
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p'
}
JVM_OPTS=()
if [ "$(java_feature_version "$JAVA")" -ge 22 ]; then
  JVM_OPTS+=(--enable-native-access=ALL-UNNAMED)
fi
# JDK 24+ warns when JMH 1.37 uses sun.misc.Unsafe memory access; allow it quietly.
if [ "$(java_feature_version "$JAVA")" -ge 24 ]; then
  JVM_OPTS+=(--sun-misc-unsafe-memory-access=allow)
fi
