package nl.geokern.benchmarks;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;
import nl.geokern.core.finding.Finding;
import nl.geokern.core.finding.Severity;
import nl.geokern.core.load.ContentLoader;
import nl.geokern.core.load.LoadOptions;
import nl.geokern.core.analysis.ContentAnalysis;
import nl.geokern.core.metrics.ContentMetrics;
import nl.geokern.core.model.ContentSet;
import nl.geokern.core.rules.Rule;
import nl.geokern.core.rules.RuleContext;
import nl.geokern.core.rules.RuleEngine;
import nl.geokern.core.rules.RuleRegistry;
import nl.geokern.core.rules.RulesConfig;
import nl.geokern.core.validate.ContentValidation;
import nl.geokern.core.validate.ValidationOutcome;
import nl.geokern.core.validate.ValidationRequest;
import nl.geokern.jsonld.html.SiteInjectionResult;
import nl.geokern.jsonld.html.SiteInjector;
import nl.geokern.jsonld.json.JsonLdWriter;
import org.jsoup.Jsoup;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;

/**
 * Measures geo at site scale in one run: raw copy, geo inject (full and incremental, one thread and
 * the default thread count), the jsoup round trip, validation versus flexmark parsing, and how
 * injection scales to 100,000 pages in a 256 MB heap (in a child JVM).
 *
 * <p>Each round runs every measurement once (the unchanged runs, which take tens of milliseconds,
 * {@code --repeat} times in a row, counting their median), in the same order, on the same files,
 * after warm-up rounds that are not counted; figures are medians with the min–max spread, and each
 * ratio is also given from the fastest rounds and as the median of the ratios within each round.
 * Sites are generated under {@code --work} (default {@code target/bench-work} of the current folder)
 * and deleted at the end unless {@code --keep}. Options: {@code --pages N --rounds N --warmup N
 * --posts N --threads N --validation-rounds N --repeat N --scale 1000,10000,100000 --no-scale
 * --no-jsoup --only inject|validation|scale --corpus DIR --examples DIR --work DIR --keep}.
 */
public final class Harness {

  private static final double MB = 1_000_000.0;

  private final Map<String, String> opts;
  private final Path work;
  private final int threads;

  private Harness(Map<String, String> opts) {
    this.opts = opts;
    this.work = Path.of(opts.getOrDefault("work", "target/bench-work")).toAbsolutePath();
    this.threads = Integer.parseInt(opts.getOrDefault("threads",
        String.valueOf(Runtime.getRuntime().availableProcessors())));
  }

  /** Runs the benchmarks; see the class documentation for the options. */
  public static void main(String[] args) throws Exception {
    Map<String, String> opts = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (!a.startsWith("--")) {
        throw new IllegalArgumentException("unexpected argument " + a + "; options start with --");
      }
      String key = a.substring(2);
      boolean flag = i + 1 >= args.length || args[i + 1].startsWith("--");
      opts.put(key, flag ? "true" : args[++i]);
    }
    Harness h = new Harness(opts);
    if (opts.containsKey("scale-child")) {
      h.scaleChild();
      return;
    }
    h.runAll();
  }

  // ---------------------------------------------------------------- main run

  private void runAll() throws Exception {
    int pages = Integer.parseInt(opts.getOrDefault("pages", "10000"));
    int rounds = Integer.parseInt(opts.getOrDefault("rounds", "5"));
    int warmup = Integer.parseInt(opts.getOrDefault("warmup", "5"));
    // an unchanged run takes a few tens of milliseconds: each round counts the median of this many
    int repeat = Integer.parseInt(opts.getOrDefault("repeat", "5"));
    if (repeat < 1) {
      throw new IllegalArgumentException("--repeat takes a number of at least 1, not " + repeat);
    }
    int posts = Integer.parseInt(opts.getOrDefault("posts", "1000"));
    // A validation round takes about two seconds, so it can afford more rounds than injection.
    int validationRounds = Integer.parseInt(opts.getOrDefault("validation-rounds", String.valueOf(3 * rounds)));
    boolean jsoup = !opts.containsKey("no-jsoup");
    String only = opts.getOrDefault("only", "all");
    if (!List.of("all", "inject", "validation", "scale").contains(only)) {
      throw new IllegalArgumentException("--only takes inject, validation or scale, not " + only);
    }
    Files.createDirectories(work);
    System.out.printf(Locale.ROOT, "geo benchmarks: %d pages, %d rounds after %d warm-up, %d threads (default),"
        + " %d cores, java %s, max heap %d MB%n", pages, rounds, warmup, threads,
        Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
        Runtime.getRuntime().maxMemory() >> 20);
    System.out.println("load average (other processes share these cores): "
        + Files.readString(Path.of("/proc/loadavg")).strip());
    System.out.println("free space under " + work + ": " + (Files.getFileStore(work).getUsableSpace() >> 20) + " MB");

    if (only.equals("all") || only.equals("inject")) {
      injection(pages, rounds, warmup, repeat, jsoup);
    }
    if (posts > 0 && (only.equals("all") || only.equals("validation"))) {
      validation(posts, validationRounds, rounds, warmup);
    }
    if (!opts.containsKey("no-scale") && (only.equals("all") || only.equals("scale"))) {
      scale();
    }
  }

  private void injection(int pages, int rounds, int warmup, int repeat, boolean jsoup) throws IOException {
    SiteGenerator gen = SiteGenerator.create(corpus());
    Path pristine = work.resolve("pristine");
    deleteTree(pristine);
    long bytes = gen.generate(pristine, pages);
    System.out.printf(Locale.ROOT, "site: %d pages, %.1f MB (mean %.1f KB/page), templates: %s%n%n",
        pages, bytes / MB, bytes / 1000.0 / pages, gen.source());

    Path copyDir = work.resolve("copy");
    Path one = work.resolve("inject-1");
    Path many = work.resolve("inject-n");
    Path oneG = work.resolve("plugin-1");
    Path manyG = work.resolve("plugin-n");
    Path jsoupDir = work.resolve("jsoup");
    Path m1 = work.resolve("manifest-1.tsv");
    Path mn = work.resolve("manifest-n.tsv");
    Path m1g = work.resolve("manifest-plugin-1.tsv");
    Path mng = work.resolve("manifest-plugin-n.tsv");
    List<Path> files = listPages(pristine);
    // For the injector's own figures (against copy and jsoup) graphs are built once, before timing.
    // The runs "as the plugin runs it" build every page's graph with JsonLdWriter, as SiteEnricher
    // does, and give a graphs key: the unchanged run after them then builds none.
    Map<String, Optional<String>> built = new java.util.HashMap<>();
    for (Path f : files) {
      String rel = pristine.relativize(f).toString().replace('\\', '/');
      built.put(rel, graphFor(rel));
    }
    Function<String, Optional<String>> graphs = built::get;

    Map<String, Series> s = new LinkedHashMap<>();
    String fullG1 = "plugin full (graphs built), 1 thread";
    String fullGn = "plugin full (graphs built), " + threads + " threads";
    for (String name : List.of("copy", "inject full, 1 thread", "inject full, " + threads + " threads",
        fullG1, fullGn, "inject unchanged, 1 thread", "inject unchanged, " + threads + " threads",
        "inject unchanged, 1 thread, no graphs key", "walk alone (list + stat every file)",
        "jsoup round trip")) {
      s.put(name, new Series(name, bytes, pages));
    }
    String fp = "geo-bench 1";
    // as the plugin does: a key of the content the graphs come from, so unchanged pages are not asked
    Optional<String> key = Optional.of("geo-bench graphs 1");
    for (int round = -warmup; round < rounds; round++) {
      boolean counted = round >= 0;
      // untimed: fresh copies of the pristine site for the four full runs
      for (Path tree : List.of(one, many, oneG, manyG)) {
        copyTree(files, pristine, tree);
      }
      for (Path m : List.of(m1, mn, m1g, mng)) {
        Files.deleteIfExists(m);
      }
      sync();

      // like cp -r, and like the injector, the copy discovers the files by walking the tree
      measure(s.get("copy"), counted, () -> copyTree(listPagesWalking(pristine), pristine, copyDir));
      measure(s.get("inject full, 1 thread"), counted,
          () -> check(SiteInjector.create(1, m1, fp).run(one, key, graphs), pages, false));
      measure(s.get("inject full, " + threads + " threads"), counted,
          () -> check(SiteInjector.create(threads, mn, fp).run(many, key, graphs), pages, false));
      measure(s.get(fullG1), counted,
          () -> check(SiteInjector.create(1, m1g, fp).run(oneG, key, Harness::graphFor), pages, false));
      measure(s.get(fullGn), counted,
          () -> check(SiteInjector.create(threads, mng, fp).run(manyG, key, Harness::graphFor), pages, false));
      measure(s.get("inject unchanged, 1 thread"), counted, repeat,
          () -> check(SiteInjector.create(1, m1g, fp).run(oneG, key, Harness::graphFor), pages, true));
      measure(s.get("inject unchanged, " + threads + " threads"), counted, repeat,
          () -> check(SiteInjector.create(threads, mng, fp).run(manyG, key, Harness::graphFor), pages, true));
      // untimed: a run without a key first, so that the timed one finds the manifest as it leaves it
      check(SiteInjector.create(1, m1, fp).run(one, Optional.empty(), Harness::graphFor), pages, true);
      measure(s.get("inject unchanged, 1 thread, no graphs key"), counted, repeat,
          () -> check(SiteInjector.create(1, m1, fp).run(one, Optional.empty(), Harness::graphFor), pages, true));
      measure(s.get("walk alone (list + stat every file)"), counted, () -> walkAlone(one, pages));
      if (jsoup) {
        measure(s.get("jsoup round trip"), counted, () -> jsoupRoundTrip(files, pristine, jsoupDir, graphs));
      }
      System.out.printf(Locale.ROOT, "%s %d done%n", counted ? "round" : "warm-up", counted ? round + 1 : round + warmup + 1);
    }
    // the output of geo must equal the jsoup-free expectation: one block per page, before </head>
    verifyInjected(one, files.size());
    verifyInjected(manyG, files.size());

    System.out.println();
    System.out.println("## Injection (" + pages + " pages, " + String.format(Locale.ROOT, "%.1f MB", bytes / MB) + ")");
    Series.header();
    for (Series x : s.values()) {
      if (!x.times.isEmpty()) {
        x.print();
      }
    }
    Series copy = s.get("copy");
    Series full1 = s.get("inject full, 1 thread");
    Series fullN = s.get("inject full, " + threads + " threads");
    Series plugin1 = s.get(fullG1);
    Series pluginN = s.get(fullGn);
    Series second1 = s.get("inject unchanged, 1 thread");
    Series secondN = s.get("inject unchanged, " + threads + " threads");
    Series js = s.get("jsoup round trip");
    System.out.println();
    System.out.println("## Ratios");
    List<Ratio> ratios = new ArrayList<>();
    ratios.add(new Ratio("inject 1 thread / copy (throughput)", full1, copy, true, 0.6));
    ratios.add(new Ratio("inject " + threads + " threads / copy (throughput)", fullN, copy, true, 0.6));
    if (!js.times.isEmpty()) {
      ratios.add(new Ratio("inject 1 thread / jsoup (throughput)", full1, js, true, 5));
      ratios.add(new Ratio("inject " + threads + " threads / jsoup (throughput)", fullN, js, true, 5));
    }
    ratios.add(new Ratio("unchanged / plugin full, 1 thread (time)", second1, plugin1, false, 0.05));
    ratios.add(new Ratio("unchanged / plugin full, " + threads + " threads (time)", secondN, pluginN, false, 0.05));
    ratios.add(new Ratio("unchanged / injector full, 1 thread (time)", second1, full1, false, 0.05));
    ratios.add(new Ratio("unchanged / injector full, " + threads + " threads (time)", secondN, fullN, false, 0.05));
    Ratio.print(ratios);

    if (!opts.containsKey("keep")) {
      for (Path p : List.of(pristine, copyDir, one, many, oneG, manyG, jsoupDir)) {
        deleteTree(p);
      }
      for (Path m : List.of(m1, mn, m1g, mng)) {
        Files.deleteIfExists(m);
      }
    }
  }

  /**
   * Listing the tree with each file's attributes, as a run without a manifest, or any tool that walks
   * the site, does.
   */
  private static void walkAlone(Path root, int pages) throws IOException {
    int n = listPagesWalking(root).size();
    if (n != pages) {
      throw new IllegalStateException("walked " + n + " pages, expected " + pages);
    }
  }

  private static void check(SiteInjectionResult r, int pages, boolean second) {
    if (r.failed() > 0 || r.scanned() != pages) {
      throw new IllegalStateException("inject failed: " + r.failures());
    }
    if (second ? r.skippedByManifest() != pages : r.changed() != pages) {
      throw new IllegalStateException("unexpected result " + r.changed() + " changed, " + r.skippedByManifest()
          + " skipped; " + r.manifestStatus());
    }
  }

  private static void verifyInjected(Path root, int pages) throws IOException {
    int ok = 0;
    for (Path p : listPages(root)) {
      String s = Files.readString(p, StandardCharsets.ISO_8859_1);
      int at = s.indexOf("<script type=\"application/ld+json\" data-geo=\"jsonld\">");
      if (at >= 0 && at == s.lastIndexOf("<script type=\"application/ld+json\" data-geo=\"jsonld\">")
          && at < s.indexOf("</head>")) {
        ok++;
      }
    }
    if (ok != pages) {
      throw new IllegalStateException("only " + ok + " of " + pages + " pages carry exactly one block in the head");
    }
  }

  /** A realistic per-page graph (organisation, website, page, posting, FAQ), written by geo's writer. */
  static Optional<String> graphFor(String rel) {
    String url = "https://www.example.org/" + rel.replace("index.html", "");
    Map<String, Object> org = Map.of("@type", "Organization", "@id", "https://www.example.org/#org",
        "name", "Example", "url", "https://www.example.org/",
        "logo", "https://www.example.org/logo.png");
    Map<String, Object> site = Map.of("@type", "WebSite", "@id", "https://www.example.org/#website",
        "url", "https://www.example.org/", "name", "Example", "publisher", Map.of("@id", "https://www.example.org/#org"));
    Map<String, Object> page = Map.of("@type", "WebPage", "@id", url + "#webpage", "url", url,
        "isPartOf", Map.of("@id", "https://www.example.org/#website"), "inLanguage", "en");
    Map<String, Object> post = Map.of("@type", "BlogPosting", "@id", url + "#post",
        "headline", "A post about checkpoints at " + rel, "datePublished", "2024-03-18",
        "author", Map.of("@type", "Person", "name", "Ada Example"),
        "mainEntityOfPage", Map.of("@id", url + "#webpage"), "publisher", Map.of("@id", "https://www.example.org/#org"),
        "keywords", List.of("stream processing", "checkpoints", "state"));
    List<Object> qa = new ArrayList<>();
    for (int q = 1; q <= 3; q++) {
      qa.add(Map.of("@type", "Question", "name", "Question " + q + ": how does the pipeline recover?",
          "acceptedAnswer", Map.of("@type", "Answer", "text",
              "The job restarts from the latest completed checkpoint; sources rewind to the recorded offsets.")));
    }
    Map<String, Object> faq = Map.of("@type", "FAQPage", "@id", url + "#faq", "mainEntity", qa);
    return Optional.of(JsonLdWriter.write(Map.of("@context", "https://schema.org",
        "@graph", List.of(org, site, page, post, faq))));
  }

  private static void jsoupRoundTrip(List<Path> files, Path from, Path to,
      Function<String, Optional<String>> graphs) throws IOException {
    for (Path f : files) {
      Path rel = from.relativize(f);
      String html = new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
      String json = graphs.apply(rel.toString().replace('\\', '/')).orElseThrow();
      Document doc = Jsoup.parse(html, "");
      doc.head().appendElement("script").attr("type", "application/ld+json")
          .appendChild(new DataNode(json));
      Path out = to.resolve(rel);
      Files.createDirectories(out.getParent());
      writeWhole(out, doc.outerHtml().getBytes(StandardCharsets.UTF_8));
    }
  }

  // ---------------------------------------------------------------- validation

  private void validation(int posts, int rounds, int breakdownRounds, int warmup) throws IOException {
    Path examples = examples();
    Path content = work.resolve("content");
    deleteTree(content);
    long bytes = PostGenerator.generate(examples, content, posts);
    List<Path> files;
    try (Stream<Path> s = Files.list(content.resolve("blog"))) {
      files = s.sorted().toList();
    }
    long words = 0;
    for (Path f : files) {
      words += Files.readString(f).split("\\s+").length;
    }
    System.out.printf(Locale.ROOT, "%n## Validation (%d posts, %.1f MB, mean %d words incl. front matter)%n",
        posts, bytes / MB, words / posts);
    MutableDataSet options = new MutableDataSet();
    options.set(Parser.EXTENSIONS, List.of(YamlFrontMatterExtension.create(), TablesExtension.create()));
    Parser parser = Parser.builder(options).build();
    ValidationRequest request = new ValidationRequest(LoadOptions.defaults(content), Optional.empty(),
        LocalDate.of(2027, 1, 1), Severity.ERROR, "bench", "bench", Instant.EPOCH);

    Series parse = new Series("flexmark parse alone (read + parse)", bytes, posts);
    Series full = new Series("ContentValidation.run (load + rules + report)", bytes, posts);
    int[] findings = new int[1];
    for (int round = -warmup; round < rounds; round++) {
      boolean counted = round >= 0;
      measure(parse, counted, () -> {
        long n = 0;
        for (Path f : files) {
          n += parser.parse(Files.readString(f, StandardCharsets.UTF_8)).getTextLength();
        }
        if (n == 0) {
          throw new IllegalStateException("nothing parsed");
        }
      });
      measure(full, counted, () -> {
        ValidationOutcome o = ContentValidation.run(request);
        if (o.content().isEmpty() || o.content().get().posts().size() != posts) {
          throw new IllegalStateException("validation did not load the posts: " + o.findings().stream().limit(5).toList());
        }
        findings[0] = o.findings().size();
      });
    }
    Series.header();
    parse.print();
    full.print();
    System.out.println("(" + findings[0] + " findings)");
    Ratio.print(List.of(new Ratio("validation / flexmark parse (time)", full, parse, false, 2)));
    breakdown(request, breakdownRounds);
    if (!opts.containsKey("keep")) {
      deleteTree(content);
    }
  }

  /**
   * Where validation spends its time: loading (flexmark + YAML + model), the one analysis per post, each
   * rule one after the other, and the report's metrics (all reading that analysis, as in a real run).
   */
  private static void breakdown(ValidationRequest request, int rounds) {
    Map<String, List<Long>> t = new LinkedHashMap<>();
    RuleEngine engine = RuleEngine.create(RuleRegistry.defaults(), RulesConfig.DEFAULTS);
    for (int r = 0; r < rounds; r++) {
      long t0 = System.nanoTime();
      ContentSet content = ContentLoader.load(request.load()).content().orElseThrow();
      t.computeIfAbsent("load (ContentLoader)", k -> new ArrayList<>()).add(System.nanoTime() - t0);
      long ta = System.nanoTime();
      ContentAnalysis analysis = ContentAnalysis.of(content);
      t.computeIfAbsent("analysis (ContentAnalysis)", k -> new ArrayList<>()).add(System.nanoTime() - ta);
      RuleContext ctx = new RuleContext(content, request.referenceDate(), analysis);
      for (Rule<?> rule : RuleRegistry.defaults().rules()) {
        long t1 = System.nanoTime();
        runRule(engine, rule, ctx);
        t.computeIfAbsent("rule " + rule.id(), k -> new ArrayList<>()).add(System.nanoTime() - t1);
      }
      List<Finding> findings = engine.run(ctx);
      long t2 = System.nanoTime();
      ContentMetrics.compute(content, analysis, request.referenceDate(), findings);
      t.computeIfAbsent("report metrics (ContentMetrics)", k -> new ArrayList<>()).add(System.nanoTime() - t2);
    }
    System.out.println("breakdown (median s):");
    t.forEach((k, v) -> System.out.printf(Locale.ROOT, "  %-40s %8.3f%n", k, Series.median(v)));
  }

  private static <O extends Record> void runRule(RuleEngine engine, Rule<O> rule, RuleContext ctx) {
    rule.check(ctx, engine.options(rule));
  }

  // ---------------------------------------------------------------- scaling, in a 256 MB child JVM

  private void scale() throws IOException, InterruptedException {
    String sizes = opts.getOrDefault("scale", "1000,10000,100000");
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> cmd = new ArrayList<>(List.of(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
        Harness.class.getName(), "--scale-child", "--scale", sizes, "--work", work.toString(),
        "--threads", String.valueOf(threads)));
    corpus().ifPresent(c -> cmd.addAll(List.of("--corpus", c.toString())));
    System.out.println();
    System.out.println("## Scaling (child JVM: -Xmx256m, " + threads + " threads, full inject with manifest)");
    Process p = new ProcessBuilder(cmd).inheritIO().start();
    int rc = p.waitFor();
    if (rc != 0) {
      throw new IllegalStateException("the scaling run failed with exit code " + rc);
    }
  }

  private void scaleChild() throws IOException {
    int[] sizes = Arrays.stream(opts.get("scale").split(",")).mapToInt(Integer::parseInt).toArray();
    SiteGenerator gen = SiteGenerator.create(corpus());
    System.out.printf(Locale.ROOT, "%-10s %10s %12s %12s %10s %14s%n", "pages", "MB", "median s", "MB/s", "pages/s",
        "peak heap MB");
    double[] logN = new double[sizes.length];
    double[] logT = new double[sizes.length];
    for (int k = 0; k < sizes.length; k++) {
      int n = sizes[k];
      int rounds = n >= 100_000 ? 1 : n >= 10_000 ? 3 : 5;
      Path site = work.resolve("scale-" + n);
      Path manifest = work.resolve("scale-" + n + ".tsv");
      List<Long> times = new ArrayList<>();
      long bytes = 0;
      long peak = 0;
      // one untimed warm-up at the smallest size
      for (int r = k == 0 ? -1 : 0; r < rounds; r++) {
        deleteTree(site);
        Files.deleteIfExists(manifest);
        bytes = gen.generate(site, n);
        sync();
        resetPeaks();
        long t0 = System.nanoTime();
        check(SiteInjector.create(threads, manifest, "scale").run(site, Harness::graphFor), n, false);
        long t = System.nanoTime() - t0;
        if (r >= 0) {
          times.add(t);
          peak = Math.max(peak, peakHeap());
        }
      }
      deleteTree(site);
      Files.deleteIfExists(manifest);
      double med = Series.median(times);
      logN[k] = Math.log(n);
      logT[k] = Math.log(med);
      System.out.printf(Locale.ROOT, "%-10d %10.1f %12.3f %12.1f %10.0f %14d%n", n, bytes / MB, med,
          bytes / MB / med, n / med, peak >> 20);
    }
    if (sizes.length >= 2) {
      double mx = Arrays.stream(logN).average().orElseThrow();
      double my = Arrays.stream(logT).average().orElseThrow();
      double num = 0;
      double den = 0;
      for (int i = 0; i < sizes.length; i++) {
        num += (logN[i] - mx) * (logT[i] - my);
        den += (logN[i] - mx) * (logN[i] - mx);
      }
      System.out.printf(Locale.ROOT, "fitted exponent (log time vs log pages): %.3f (1.0 = linear)%n", num / den);
    }
  }

  // ---------------------------------------------------------------- measuring

  @FunctionalInterface
  private interface Body {
    void run() throws Exception;
  }

  private static void measure(Series s, boolean counted, Body body) {
    measure(s, counted, 1, body);
  }

  /**
   * Runs {@code body} {@code times} times in a row and counts the median as the round's time. A run of
   * a few tens of milliseconds is one sample of the machine's noise where a run of a second averages
   * it; several in a row give the round one figure as steady as the long runs' (the body must leave
   * the files as it found them).
   */
  private static void measure(Series s, boolean counted, int times, Body body) {
    long[] t = new long[times];
    long peak = 0;
    for (int i = 0; i < times; i++) {
      System.gc();
      resetPeaks();
      long t0 = System.nanoTime();
      try {
        body.run();
      } catch (Exception e) {
        throw new IllegalStateException(s.name + " failed", e);
      }
      t[i] = System.nanoTime() - t0;
      peak = Math.max(peak, peakHeap());
    }
    if (counted) {
      Arrays.sort(t);
      s.times.add(times % 2 == 1 ? t[times / 2] : (t[times / 2 - 1] + t[times / 2]) / 2);
      s.peakHeap = Math.max(s.peakHeap, peak);
    }
  }

  private static void resetPeaks() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  /** Sum of the heap pools' peaks since the last reset: an upper bound of the peak heap in use. */
  private static long peakHeap() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }

  /**
   * A ratio of two measurements and its target: for a throughput ({@code den}'s time over {@code num}'s)
   * at least {@code bound}, for a time ({@code num}'s over {@code den}'s) at most {@code bound}.
   */
  private record Ratio(String what, Series num, Series den, boolean throughput, double bound) {

    /** Prints every ratio three ways: from the medians (against the target), the fastest rounds, each round. */
    static void print(List<Ratio> ratios) {
      for (Ratio r : ratios) {
        double v = r.of(r.num.median(), r.den.median());
        boolean met = r.throughput ? v >= r.bound : v <= r.bound;
        System.out.printf(Locale.ROOT, "%-50s %8.3f   target %-8s %s%n", r.what, v,
            (r.throughput ? ">= " : "<= ") + target(r.bound), met ? "met" : "NOT met");
      }
      // The fastest rounds are the least disturbed by other processes on the machine.
      for (Ratio r : ratios) {
        System.out.printf(Locale.ROOT, "%-50s %8.3f   (fastest rounds)%n", r.what, r.of(r.num.min(), r.den.min()));
      }
      // The two measurements of a round run one after the other, so a slower or faster spell of the
      // machine that spans a round falls on both and cancels out of that round's ratio; across rounds
      // it does not.
      for (Ratio r : ratios) {
        double[] each = new double[r.num.times.size()];
        for (int i = 0; i < each.length; i++) {
          each[i] = r.of(r.num.times.get(i), r.den.times.get(i));
        }
        System.out.printf(Locale.ROOT, "%-50s %8.3f   (median of each round's ratio)%n", r.what, median(each));
      }
    }

    private double of(double numTime, double denTime) {
      return throughput ? denTime / numTime : numTime / denTime;
    }

    /** A target as written before: {@code 5}, {@code 0.6}, {@code 0.05}. */
    private static String target(double bound) {
      return java.math.BigDecimal.valueOf(bound).stripTrailingZeros().toPlainString();
    }

    private static double median(double[] values) {
      double[] v = values.clone();
      Arrays.sort(v);
      return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }
  }

  /** Timings of one measurement over the counted rounds. */
  private static final class Series {
    final String name;
    final long bytes;
    final int items;
    final List<Long> times = new ArrayList<>();
    long peakHeap;

    Series(String name, long bytes, int items) {
      this.name = name;
      this.bytes = bytes;
      this.items = items;
    }

    double min() {
      return times.stream().mapToLong(Long::longValue).min().orElseThrow() / 1e9;
    }

    double median() {
      return median(times);
    }

    /** The median of nanosecond timings, in seconds. */
    static double median(List<Long> times) {
      long[] t = times.stream().mapToLong(Long::longValue).sorted().toArray();
      return t.length % 2 == 1 ? t[t.length / 2] / 1e9 : (t[t.length / 2 - 1] + t[t.length / 2]) / 2e9;
    }

    static void header() {
      System.out.printf(Locale.ROOT, "%-46s %9s %17s %9s %10s %9s%n", "measurement", "median s", "min–max s",
          "MB/s", "pages/s", "peak MB");
    }

    void print() {
      long max = times.stream().mapToLong(Long::longValue).max().orElseThrow();
      double med = median();
      System.out.printf(Locale.ROOT, "%-46s %9.3f %8.3f–%-8.3f %9.1f %10.0f %9d%n", name, med, min(), max / 1e9,
          bytes / MB / med, items / med, peakHeap >> 20);
    }
  }

  // ---------------------------------------------------------------- files

  private Optional<Path> corpus() {
    if (opts.containsKey("corpus")) {
      return Optional.of(Path.of(opts.get("corpus")).toAbsolutePath());
    }
    return findUp("../shared/corpora/real-sites");
  }

  private Path examples() {
    if (opts.containsKey("examples")) {
      return Path.of(opts.get("examples")).toAbsolutePath();
    }
    return findUp("geo-examples/src/content").orElseThrow(() -> new IllegalStateException(
        "geo-examples/src/content not found above " + Path.of("").toAbsolutePath() + "; pass --examples DIR"));
  }

  /** {@code rel} resolved against the current folder or one of its parents, where it exists. */
  private static Optional<Path> findUp(String rel) {
    for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
      Path p = d.resolve(rel).normalize();
      if (Files.isDirectory(p)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /** The pages under {@code root} in walk order, found with one attribute read per file. */
  private static List<Path> listPagesWalking(Path root) throws IOException {
    List<Path> out = new ArrayList<>();
    Files.walkFileTree(root, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
        if (attrs.isRegularFile() && file.getFileName().toString().endsWith(".html")) {
          out.add(file);
        }
        return FileVisitResult.CONTINUE;
      }
    });
    return out;
  }

  private static List<Path> listPages(Path root) throws IOException {
    try (Stream<Path> s = Files.walk(root)) {
      return s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
    }
  }

  private static void copyTree(List<Path> files, Path from, Path to) throws IOException {
    Path lastDir = null;
    for (Path f : files) {
      Path out = to.resolve(from.relativize(f));
      Path dir = out.getParent();
      if (!dir.equals(lastDir)) {
        Files.createDirectories(dir);
        lastDir = dir;
      }
      writeWhole(out, Files.readAllBytes(f));
    }
  }

  /** Writes a file with one write call, as the injector does (Files.write issues 8 KB writes). */
  private static void writeWhole(Path out, byte[] bytes) throws IOException {
    try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(out,
        java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE,
        java.nio.file.StandardOpenOption.TRUNCATE_EXISTING)) {
      java.nio.ByteBuffer buf = java.nio.ByteBuffer.wrap(bytes);
      while (buf.hasRemaining()) {
        ch.write(buf);
      }
    }
  }

  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    Files.walkFileTree(root, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        Files.delete(file);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
        Files.delete(dir);
        return FileVisitResult.CONTINUE;
      }
    });
  }

  /** Flushes dirty pages before a timed step, so that writeback of earlier steps does not land in it. */
  private static void sync() {
    try {
      new ProcessBuilder("sync").inheritIO().start().waitFor(5, TimeUnit.MINUTES);
    } catch (IOException e) {
      // no sync command: timings include some writeback of the untimed setup
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UncheckedIOException(new IOException("interrupted during sync", e));
    }
  }
}
