# Sourced by the bench/run-*.sh scripts after OUT and JAVA are set: prints (and writes to $OUT/when.txt) the CPU
# model, caches, JDK, load and the kernel tiles and block sizes this machine chose, and defines `load NAME`, which
# records the load each table ran under (the machine may be shared).
{
  echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //') ($(nproc) cpus)"
  echo "caches: $(for i in /sys/devices/system/cpu/cpu0/cache/index*; do
    printf 'L%s %s %s/%sw; ' "$(cat $i/level)" "$(cat $i/type)" "$(cat $i/size)" "$(cat $i/ways_of_associativity)"
  done)"
  echo "jdk: $("$JAVA" -version 2>&1 | head -1)"
  echo "load: $(uptime)"
  echo "kernels: $("$JAVA" --add-modules=jdk.incubator.vector -cp bench/target/benchmarks.jar \
    io.github.vecnet.bench.PrintKernels 2>/dev/null)"
} | tee $OUT/when.txt
load() { echo "$1: $(uptime)" >> $OUT/when.txt; }
