package io.github.vecnet.examples;

import io.github.vecnet.examples.common.ResultsDir;
import io.github.vecnet.examples.common.Shard;
import io.github.vecnet.examples.common.Stopwatch;
import io.github.vecnet.examples.common.Summary;
import io.github.vecnet.examples.common.UnitSweep;
import io.github.vecnet.kernels.Kernels;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The examples launcher: {@code list}, {@code run <experiment>|all [--quick|--standard|--full] [--out DIR]
 * [--seed N] [--threads N] [--precision float32|float64] [--data DIR]}, {@code run <experiment> --shard i/N},
 * {@code run <experiment> --plan [--cores N]} and {@code merge DIR...} (docs/SWEEPS.md). Prints a final table of
 * verdicts (see
 * {@link Verdicts}); exits 1 if any experiment crashed (a missed target is reported as FAIL, not as a crash; a NOT
 * JUDGED row under --standard or --full is a crash) and 2 on bad options.
 *
 * <p>From an IDE, {@link #main} without arguments runs {@code run all --quick}; each experiment class also has its
 * own {@code main} that runs {@code run <experiment> --quick} through {@link #runFromIde}. An IDE run
 * configuration needs the VM option {@code --add-modules=jdk.incubator.vector}.
 */
@Command(
        name = "vecnet-examples",
        mixinStandardHelpOptions = true,
        versionProvider = BuildVersion.class,
        description = "Reproductions of neural-network approximation experiments on vecnet.")
public final class Main implements Runnable {
    /** Exit code when at least one experiment threw. */
    public static final int EXIT_CRASH = 1;

    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        configureRuntime();
        String[] effective = args.length == 0 ? new String[] {"run", "all", "--quick"} : args;
        int code = execute(
                Experiments.all(), new PrintWriter(System.out, true), new PrintWriter(System.err, true), effective);
        System.exit(code);
    }

    /**
     * The {@code main} of one experiment class: {@code run <its name> --quick} with the default output directory,
     * or {@code run <its name> <args...>} when arguments are given. Exits the JVM with the launcher's exit code.
     */
    public static void runFromIde(Class<? extends Experiment> experiment, String[] args) {
        main(ideArguments(Experiments.all(), experiment, args));
    }

    /** The launcher arguments {@link #runFromIde} uses for {@code experiment}, looked up in {@code registry}. */
    static String[] ideArguments(List<Experiment> registry, Class<? extends Experiment> experiment, String[] args) {
        for (Experiment e : registry) {
            if (e.getClass() == experiment) {
                List<String> all = new ArrayList<>(List.of("run", e.name()));
                all.addAll(args.length == 0 ? List.of("--quick") : List.of(args));
                return all.toArray(new String[0]);
            }
        }
        throw new IllegalArgumentException(experiment.getName() + " is not registered in Experiments.all()");
    }

    /** Runs the launcher on {@code args} against {@code registry}; returns the exit code (never calls exit). */
    public static int execute(List<Experiment> registry, PrintWriter out, PrintWriter err, String... args) {
        return commandLine(registry, out, err).execute(args);
    }

    /** The configured picocli command line (exposed for tests and for embedding). */
    public static CommandLine commandLine(List<Experiment> registry, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Main());
        cl.addSubcommand("list", new ListCommand(registry));
        cl.addSubcommand("run", new RunCommand(registry));
        cl.addSubcommand("merge", new MergeCommand(registry));
        cl.setOut(out);
        cl.setErr(err);
        // One line naming the problem instead of picocli's full usage text.
        cl.setParameterExceptionHandler((ex, args) -> {
            PrintWriter e = ex.getCommandLine().getErr();
            e.println("error: " + ex.getMessage() + " (see '"
                    + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help')");
            e.flush();
            return ex.getCommandLine().getCommandSpec().exitCodeOnInvalidInput();
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            PrintWriter e = commandLine.getErr();
            e.println("error: " + ex);
            e.flush();
            return EXIT_CRASH;
        });
        return cl;
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "missing subcommand: use 'list' or 'run <experiment>|all'");
    }

    private static void configureRuntime() {
        // Plots are rendered with AWT; never try to open a display.
        setIfAbsent("java.awt.headless", "true");
        setIfAbsent("org.slf4j.simpleLogger.showDateTime", "true");
        setIfAbsent("org.slf4j.simpleLogger.dateTimeFormat", "HH:mm:ss");
        setIfAbsent("org.slf4j.simpleLogger.showThreadName", "false");
        setIfAbsent("org.slf4j.simpleLogger.showShortLogName", "true");
        pinReproducibleKernels();
    }

    /**
     * Sets {@code vecnet.kernels.profile=reproducible} unless the JVM was given a profile: the papers' sweeps run
     * on many machines (Slurm, Spark), and a unit's bits must not depend on which CPU model ran it. The kernels'
     * default at 512 bits derives the cache blocks from the CPU (docs/DETERMINISM.md). Call before the first
     * kernel use: the blocks are chosen once per process.
     */
    public static void pinReproducibleKernels() {
        setIfAbsent("vecnet.kernels.profile", "reproducible");
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the experiments.")
    static final class ListCommand implements Callable<Integer> {
        private final List<Experiment> registry;

        @Spec
        CommandSpec spec;

        ListCommand(List<Experiment> registry) {
            this.registry = registry;
        }

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            for (Experiment e : registry) {
                out.printf(Locale.ROOT, "%-10s %s%n", e.name(), e.description());
            }
            out.flush();
            return 0;
        }
    }

    @Command(
            name = "run",
            mixinStandardHelpOptions = true,
            description = "Runs one experiment or all of them and prints a table of the paper targets.")
    static final class RunCommand implements Callable<Integer> {
        private static final Logger LOG = LoggerFactory.getLogger(Main.class);

        private final List<Experiment> registry;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "EXPERIMENT", description = "An experiment name (see 'list') or 'all'.")
        String target;

        @Option(
                names = "--quick",
                description =
                        "CI smoke settings, ~2 minutes for all experiments; may leave rows NOT " + "JUDGED (default).")
        boolean quick;

        @Option(names = "--standard", description = "The papers' recipes at reduced width/count; judges every row.")
        boolean standard;

        @Option(names = "--full", description = "The paper's settings (may take hours; resumable where noted).")
        boolean full;

        @Option(names = "--smoke", hidden = true, description = "Tiny settings for CI smoke tests.")
        boolean smoke;

        @Option(
                names = "--out",
                paramLabel = "DIR",
                description = "Results root; each experiment writes DIR/<experiment>/ (default: ${DEFAULT-VALUE}).")
        Path outRoot = ResultsDir.DEFAULT_ROOT;

        @Option(names = "--seed", paramLabel = "N", description = "Base seed (default: ${DEFAULT-VALUE}).")
        long seed = 0;

        @Option(
                names = "--threads",
                paramLabel = "N",
                description = "Kernel threads, >= 1 (default: the kernels' "
                        + "setting, from -Dvecnet.kernels.threads or the number of processors).")
        Integer threads;

        @Option(
                names = "--precision",
                paramLabel = "P",
                description = "float32 or float64 where an experiment offers the choice (default: the experiment's).")
        String precision;

        @Option(names = "--data", paramLabel = "DIR", description = "Data directory (Fashion-MNIST IDX files).")
        Path dataDir;

        @Option(
                names = "--shard",
                paramLabel = "i/N",
                description = "Run only the units with index mod N = i into "
                        + "DIR/<experiment>.shard-i-of-N/ (resumable); combine the N folders with 'merge'.")
        String shard;

        @Option(
                names = "--plan",
                description = "Print the number of units, the core-hours estimated from a short "
                        + "calibration on this machine and the wall time on --cores; runs nothing else.")
        boolean plan;

        @Option(
                names = "--cores",
                paramLabel = "N",
                description = "Cores assumed by --plan (default: ${DEFAULT-VALUE}).")
        int cores = 64;

        RunCommand(List<Experiment> registry) {
            this.registry = registry;
        }

        @Override
        public Integer call() throws Exception {
            List<Experiment> selected = select();
            Preset preset = preset();
            if (threads != null && (threads < 1 || threads > Kernels.maxThreads())) {
                throw bad("--threads must be in [1, " + Kernels.maxThreads() + "] (4 x the available processors), got "
                        + threads);
            }
            if (precision != null && !precision.equals("float32") && !precision.equals("float64")) {
                throw bad("--precision must be float32 or float64, got '" + precision + "'");
            }
            if (dataDir != null && !Files.isDirectory(dataDir)) {
                throw bad("--data: no such directory: " + dataDir);
            }
            Shard selectedShard = shard();
            if ((plan || selectedShard != null) && selected.size() != 1) {
                throw bad((plan ? "--plan" : "--shard") + " needs one experiment, not all");
            }
            if (plan && cores < 1) {
                throw bad("--cores must be >= 1, got " + cores);
            }
            if (!plan) {
                checkWritableOutput();
            }
            if (threads != null) {
                Kernels.setThreads(threads);
            }
            int threadCount = Kernels.threads();
            PrintWriter out = spec.commandLine().getOut();
            if (plan || selectedShard != null) {
                return sweep(selected.get(0), preset, selectedShard, threadCount, out);
            }

            List<ResultRow> rows = new ArrayList<>();
            int crashes = 0;
            for (Experiment experiment : selected) {
                Stopwatch watch = Stopwatch.start();
                LOG.info(
                        "{}: starting ({} preset, seed {}, {} threads)",
                        experiment.name(),
                        preset.name().toLowerCase(Locale.ROOT),
                        seed,
                        threadCount);
                try {
                    Path dir = ResultsDir.create(outRoot, experiment.name());
                    RunContext context = new RunContext(preset, dir, seed, threadCount, precision, dataDir);
                    List<ResultRow> result = experiment.run(context);
                    if (result == null || result.isEmpty()) {
                        rows.add(
                                ResultRow.identity(experiment.name(), "run completes", "the experiment runs to its end")
                                        .from("launcher")
                                        .judged("no targets reported", true));
                    } else {
                        Verdicts.requireJudged(preset, result);
                        rows.addAll(result);
                    }
                    LOG.info(
                            "{}: finished in {}, results in {}",
                            experiment.name(),
                            Stopwatch.format(watch.seconds()),
                            dir);
                } catch (Throwable t) {
                    // One experiment's crash must not hide the others' results.
                    crashes++;
                    LOG.error(
                            "{}: crashed after {}: {}{}",
                            experiment.name(),
                            Stopwatch.format(watch.seconds()),
                            t,
                            saveStackTrace(experiment.name(), t));
                    rows.add(ResultRow.crashed(experiment.name(), t));
                }
            }
            Verdicts.printTable(out, rows);
            if (selected.size() > 1) {
                writeCombinedSummary(rows);
            }
            return crashes > 0 ? EXIT_CRASH : 0;
        }

        /** --plan or --shard on one experiment (the sweep's own errors are bad options: exit 2). */
        private int sweep(Experiment experiment, Preset preset, Shard selectedShard, int threadCount, PrintWriter out)
                throws Exception {
            Path dir = outRoot.resolve(
                    selectedShard == null ? experiment.name() : selectedShard.folder(experiment.name()));
            RunContext context = new RunContext(
                    preset,
                    dir,
                    seed,
                    threadCount,
                    precision,
                    dataDir,
                    selectedShard == null ? Shard.ALL : selectedShard,
                    true);
            List<UnitSweep> sweeps;
            try {
                sweeps = Sweeps.of(experiment, context, registry);
            } catch (IllegalArgumentException e) {
                throw bad(e.getMessage());
            }
            if (plan) {
                SweepPlan.print(experiment, sweeps, context, cores, out);
                return 0;
            }
            Files.createDirectories(dir);
            try {
                Sweeps.runShard(experiment, context, registry, out);
            } catch (IllegalArgumentException e) {
                throw bad(e.getMessage());
            }
            return 0;
        }

        private Shard shard() {
            if (shard == null) {
                return null;
            }
            try {
                return Shard.parse(shard);
            } catch (IllegalArgumentException e) {
                throw bad(e.getMessage());
            }
        }

        /**
         * Fails as a bad option, before any experiment starts, when {@code --out} is a file or cannot be created or
         * written (a crash row per experiment would hide the one real cause).
         */
        private void checkWritableOutput() {
            if (Files.exists(outRoot) && !Files.isDirectory(outRoot)) {
                throw bad("--out: " + outRoot + " exists and is not a directory");
            }
            try {
                Files.createDirectories(outRoot);
                Files.delete(Files.createTempFile(outRoot, ".vecnet-write-check-", ".tmp"));
            } catch (IOException | SecurityException | UnsupportedOperationException e) {
                throw bad("--out: cannot write results to " + outRoot + " ("
                        + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")");
            }
        }

        /** Writes the stack trace beside the results (the log keeps one line); returns a hint naming the file. */
        private String saveStackTrace(String name, Throwable t) {
            try {
                Path file = outRoot.resolve(name).resolve("crash.log");
                Files.createDirectories(file.getParent());
                java.io.StringWriter trace = new java.io.StringWriter();
                t.printStackTrace(new PrintWriter(trace));
                Files.writeString(file, trace.toString());
                return " (stack trace in " + file + ")";
            } catch (Exception e) {
                return "";
            }
        }

        private List<Experiment> select() {
            if (target.equals("all")) {
                return registry;
            }
            for (Experiment e : registry) {
                if (e.name().equals(target)) {
                    return List.of(e);
                }
            }
            List<String> names = new ArrayList<>();
            for (Experiment e : registry) {
                names.add(e.name());
            }
            throw bad("unknown experiment '" + target + "'; expected one of " + names + " or all");
        }

        private Preset preset() {
            int chosen = (quick ? 1 : 0) + (standard ? 1 : 0) + (full ? 1 : 0) + (smoke ? 1 : 0);
            if (chosen > 1) {
                throw bad("--quick, --standard and --full are mutually exclusive");
            }
            return full ? Preset.FULL : standard ? Preset.STANDARD : smoke ? Preset.SMOKE : Preset.QUICK;
        }

        private ParameterException bad(String message) {
            return new ParameterException(spec.commandLine(), message);
        }

        private void writeCombinedSummary(List<ResultRow> rows) {
            try {
                Summary.titled("vecnet examples: all targets").rows(rows).write(outRoot.resolve("summary.md"));
            } catch (Exception e) {
                LOG.warn("could not write the combined summary: {}", e.toString());
            }
        }
    }

    @Command(
            name = "merge",
            mixinStandardHelpOptions = true,
            description = "Combines the shard folders of one sweep (written by 'run <experiment> --shard i/N') into "
                    + "DIR/<experiment>/ and runs the experiment's analysis there: the same CSVs, plots and summary.md as an "
                    + "unsharded run.")
    static final class MergeCommand implements Callable<Integer> {
        private static final Logger LOG = LoggerFactory.getLogger(Main.class);

        private final List<Experiment> registry;

        @Spec
        CommandSpec spec;

        @Parameters(arity = "1..*", paramLabel = "SHARD_DIR", description = "The shard folders, all N of them.")
        List<Path> shardDirs;

        @Option(
                names = "--out",
                paramLabel = "DIR",
                description = "Results root; the merged run is DIR/<experiment>/ (default: ${DEFAULT-VALUE}).")
        Path outRoot = ResultsDir.DEFAULT_ROOT;

        @Option(
                names = "--threads",
                paramLabel = "N",
                description = "Kernel threads for the analysis and the parts "
                        + "that are not units (default: the kernels' setting).")
        Integer threads;

        @Option(names = "--data", paramLabel = "DIR", description = "Data directory (Fashion-MNIST IDX files).")
        Path dataDir;

        MergeCommand(List<Experiment> registry) {
            this.registry = registry;
        }

        @Override
        public Integer call() throws Exception {
            if (threads != null && (threads < 1 || threads > Kernels.maxThreads())) {
                throw new ParameterException(
                        spec.commandLine(), "--threads must be in [1, " + Kernels.maxThreads() + "], got " + threads);
            }
            if (threads != null) {
                Kernels.setThreads(threads);
            }
            List<ResultRow> rows;
            Stopwatch watch = Stopwatch.start();
            try {
                rows = Sweeps.merge(registry, shardDirs, outRoot, Kernels.threads(), dataDir);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), e.getMessage());
            }
            LOG.info("merge: finished in {}, results in {}", Stopwatch.format(watch.seconds()), outRoot);
            Verdicts.printTable(spec.commandLine().getOut(), rows);
            return 0;
        }
    }
}
