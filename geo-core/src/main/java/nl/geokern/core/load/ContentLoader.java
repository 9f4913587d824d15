package nl.geokern.core.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.geokern.core.finding.Finding;
import nl.geokern.core.load.internal.Fields;
import nl.geokern.core.load.internal.MarkdownReader;
import nl.geokern.core.load.internal.SourceText;
import nl.geokern.core.load.internal.YNode;
import nl.geokern.core.load.internal.YamlTree;
import nl.geokern.core.model.Author;
import nl.geokern.core.model.Block;
import nl.geokern.core.model.BlogPost;
import nl.geokern.core.model.CalendarWeek;
import nl.geokern.core.model.ContentDate;
import nl.geokern.core.model.ContentSet;
import nl.geokern.core.model.FaqItem;
import nl.geokern.core.model.FaqPageSettings;
import nl.geokern.core.model.FaqUpdate;
import nl.geokern.core.model.KeywordCluster;
import nl.geokern.core.model.Persona;
import nl.geokern.core.model.PersonaQuestion;
import nl.geokern.core.model.Place;
import nl.geokern.core.model.PostalAddress;
import nl.geokern.core.model.SearchIntent;
import nl.geokern.core.model.Site;
import nl.geokern.core.model.SourceSpan;

/**
 * Loads a content directory (site, personas, clusters, calendar, FAQ items, Markdown posts) into a
 * {@link ContentSet}, reporting every problem in the content as a finding at its file, line and
 * column.
 *
 * <p>Problems in user content (malformed YAML, unknown keys, wrong types, bad dates, missing
 * required fields, duplicate ids, unknown references, non-UTF-8 bytes, missing files) never throw;
 * only I/O failures other than a missing file do. The loader is stateless and thread-safe.
 */
public final class ContentLoader {

  private static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
  private static final String ID_HINT = "use lower-case letters, digits and hyphens, e.g. 'mijn-id-1'";

  /** Reads FAQ item answers, which are Markdown without a FAQ section of their own. */
  private static final MarkdownReader ANSWER_READER = new MarkdownReader(List.of());

  private ContentLoader() {}

  /** Loads the content laid out as {@code options} says. */
  public static LoadResult load(LoadOptions options) {
    return new Run(options).load();
  }

  /** Loads the default layout under {@code contentDirectory}. */
  public static LoadResult load(Path contentDirectory) {
    return load(LoadOptions.defaults(contentDirectory));
  }

  /** One load: collects findings while reading every file. */
  private static final class Run {
    private final LoadOptions options;
    private final List<Finding> findings = new ArrayList<>();
    // Whether each file loaded: ReferenceChecks only checks references to the ids of one that did.
    private boolean siteOk;
    private boolean personasOk;
    private boolean clustersOk;
    private boolean faqOk;

    Run(LoadOptions options) {
      this.options = options;
    }

    LoadResult load() {
      int before = findings.size();
      Optional<Site> site = readYaml(options.siteFile()).flatMap(n -> site(n, display(options.siteFile())));
      siteOk = findings.size() == before;
      before = findings.size();
      List<Persona> personas = readYaml(options.personasFile())
          .map(n -> personas(n, display(options.personasFile()))).orElse(List.of());
      personasOk = findings.size() == before;
      before = findings.size();
      List<KeywordCluster> clusters = readYaml(options.clustersFile())
          .map(n -> clusters(n, display(options.clustersFile()))).orElse(List.of());
      clustersOk = findings.size() == before;
      before = findings.size();
      List<CalendarWeek> calendar = readYaml(options.calendarFile())
          .map(n -> calendar(n, display(options.calendarFile()))).orElse(List.of());
      before = findings.size();
      List<FaqItem> faq = readYaml(options.faqFile())
          .map(n -> faqItems(n, display(options.faqFile()))).orElse(List.of());
      faqOk = findings.size() == before;

      List<BlogPost> posts = posts(site);

      if (site.isEmpty()) {
        return new LoadResult(Optional.empty(), findings);
      }
      ContentSet content = new ContentSet(site.get(), personas, clusters, calendar, faq, posts);
      new ReferenceChecks(findings, siteOk, personasOk, clustersOk, faqOk).check(content);
      boolean errors = findings.stream().anyMatch(f -> f.severity() == nl.geokern.core.finding.Severity.ERROR);
      return new LoadResult(errors ? Optional.empty() : Optional.of(content), findings);
    }

    private Path display(Path file) {
      return display(file, base());
    }

    /** The base folder that {@link #display} shows paths from. */
    private Path base() {
      return options.baseDirectory().toAbsolutePath().normalize();
    }

    /** {@link #display} with the {@link #base} folder worked out once for many files. */
    private static Path display(Path file, Path base) {
      Path abs = file.toAbsolutePath().normalize();
      // Outside the base folder a path is shown in full, so that it can still be opened.
      return abs.startsWith(base) ? base.relativize(abs) : abs;
    }

    private Optional<String> readText(Path file) {
      return readText(file, display(file));
    }

    /** {@link #readText(Path)} of a file whose {@link #display} path is known: {@code shown}. */
    private Optional<String> readText(Path file, Path shown) {
      byte[] bytes;
      try {
        bytes = Files.readAllBytes(file);
      } catch (NoSuchFileException e) {
        findings.add(Finding.error("load.missing-file", SourceSpan.of(shown),
            "the file does not exist: " + shown,
            "create it, or point geo at it (see the content directory layout in the README)"));
        return Optional.empty();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + file, e);
      }
      return SourceText.decode(bytes, shown, findings);
    }

    private Optional<YNode> readYaml(Path file) {
      return readText(file).flatMap(text -> YamlTree.parse(text, display(file), 0, findings));
    }

    // ---------------------------------------------------------------- site.yaml

    private Optional<Site> site(YNode root, Path path) {
      Optional<Fields> of = Fields.of(root, "site.yaml", findings);
      if (of.isEmpty()) {
        return Optional.empty();
      }
      Fields f = of.get();
      Optional<String> name = f.requiredString("name");
      Optional<String> url = f.requiredString("url");
      url.ifPresent(u -> {
        if (!u.startsWith("https://") && !u.startsWith("http://")) {
          f.invalidValue("url", u, "an absolute http(s) url", "write url: https://www.example.nl/");
        }
      });
      Optional<String> language = f.requiredString("language");
      Optional<String> description = f.string("description");
      String type = f.string("type").orElse("Organization");
      Optional<String> logo = f.string("logo");
      Optional<String> image = f.string("image");
      Optional<String> telephone = f.string("telephone");
      Optional<String> email = f.string("email");
      Optional<PostalAddress> address = f.node("address").flatMap(this::address);
      List<Place> places = new ArrayList<>();
      Set<String> placeNames = new HashSet<>();
      for (YNode n : f.list("places")) {
        place(n).ifPresent(p -> {
          if (!placeNames.add(p.name().toLowerCase(Locale.ROOT))) {
            findings.add(Finding.error("load.duplicate", p.span(), "place '" + p.name() + "' is defined twice in site.yaml",
                "keep one definition; add other spellings as aliases"));
          } else {
            places.add(p);
          }
        });
      }
      List<String> areaServed = f.stringList("areaServed");
      List<String> sameAs = f.stringList("sameAs");
      List<Author> authors = new ArrayList<>();
      for (YNode n : f.list("authors")) {
        author(n).ifPresent(authors::add);
      }
      uniqueIds(authors, Author::id, Author::span, "author", "site.yaml");
      Optional<String> defaultAuthor = f.string("defaultAuthor");
      FaqPageSettings faqPage = f.node("faqPage").flatMap(this::faqPage).orElse(FaqPageSettings.DEFAULT);
      String blogPath = f.string("blogPath").orElse("blog/");
      f.rejectUnknown();

      Site site = new Site(name.orElse(""), url.orElse(""), language.orElse(""), description, type, logo, image,
          telephone, email, address, places, areaServed, sameAs, authors, defaultAuthor, faqPage,
          blogPath.isEmpty() || blogPath.endsWith("/") ? blogPath : blogPath + "/", SourceSpan.of(path, 1, 1));
      for (int i = 0; i < areaServed.size(); i++) {
        String place = areaServed.get(i);
        if (site.place(place).isEmpty()) {
          findings.add(ReferenceChecks.unknownReference(f.valueSpan("areaServed"), "areaServed of site.yaml", "place",
              place, ReferenceChecks.placeNames(site)));
        }
      }
      defaultAuthor.ifPresent(a -> {
        if (site.author(a).isEmpty()) {
          findings.add(ReferenceChecks.unknownReference(f.valueSpan("defaultAuthor"), "defaultAuthor of site.yaml",
              "author", a, authors.stream().map(Author::id).toList()));
        }
      });
      return name.isPresent() && url.isPresent() && language.isPresent() ? Optional.of(site) : Optional.empty();
    }

    private Optional<PostalAddress> address(YNode node) {
      return Fields.of(node, "the address in site.yaml", findings).flatMap(f -> {
        Optional<String> street = f.requiredString("streetAddress");
        Optional<String> postal = f.requiredString("postalCode");
        Optional<String> locality = f.requiredString("addressLocality");
        Optional<String> region = f.string("addressRegion");
        Optional<String> country = f.requiredString("addressCountry");
        f.rejectUnknown();
        if (street.isEmpty() || postal.isEmpty() || locality.isEmpty() || country.isEmpty()) {
          return Optional.empty();
        }
        return Optional.of(new PostalAddress(street.get(), postal.get(), locality.get(), region, country.get()));
      });
    }

    private Optional<Place> place(YNode node) {
      if (node instanceof YNode.YScalar s && s.type() == YNode.ScalarType.STRING) {
        return Optional.of(new Place(s.text(), "Place", List.of(), s.span()));
      }
      return Fields.of(node, "a place in site.yaml", findings).flatMap(f -> {
        Optional<String> name = f.requiredString("name");
        String type = f.string("type").orElse("Place");
        if (!Place.TYPES.contains(type)) {
          f.invalidValue("type", type, "one of " + String.join(", ", Place.TYPES), "write type: City");
        }
        List<String> aliases = f.stringList("aliases");
        f.rejectUnknown();
        return name.map(n -> new Place(n, type, aliases, f.span()));
      });
    }

    private Optional<Author> author(YNode node) {
      return Fields.of(node, "an author in site.yaml", findings).flatMap(f -> {
        Optional<String> id = f.requiredString("id");
        Optional<String> name = f.requiredString("name");
        Optional<String> url = f.string("url");
        Optional<String> jobTitle = f.string("jobTitle");
        f.rejectUnknown();
        if (id.isEmpty() || name.isEmpty()) {
          return Optional.empty();
        }
        checkId(f, "id", id.get(), "author");
        return Optional.of(new Author(id.get(), name.get(), url, jobTitle, f.span()));
      });
    }

    private Optional<FaqPageSettings> faqPage(YNode node) {
      return Fields.of(node, "faqPage in site.yaml", findings).map(f -> {
        String url = f.string("url").orElse(FaqPageSettings.DEFAULT.url());
        String title = f.string("title").orElse(FaqPageSettings.DEFAULT.title());
        Optional<String> description = f.string("description");
        f.rejectUnknown();
        return new FaqPageSettings(url, title, description);
      });
    }

    // ---------------------------------------------------------------- personas.yaml

    private List<Persona> personas(YNode root, Path path) {
      List<Persona> out = new ArrayList<>();
      Optional<Fields> top = Fields.of(root, "personas.yaml", findings);
      if (top.isEmpty()) {
        return out;
      }
      List<YNode> items = top.get().list("personas");
      top.get().rejectUnknown();
      List<PersonaQuestion> allQuestions = new ArrayList<>();
      for (YNode n : items) {
        Fields.of(n, "a persona in personas.yaml", findings).ifPresent(f -> {
          Optional<String> id = f.requiredString("id");
          String what = "persona '" + id.orElse("?") + "'";
          Optional<String> name = f.requiredString("name");
          String role = f.string("role").orElse("");
          List<String> painPoints = f.stringList("painPoints");
          List<PersonaQuestion> questions = new ArrayList<>();
          for (YNode q : f.list("questions")) {
            Fields.of(q, "a question of " + what, findings).ifPresent(qf -> {
              Optional<String> qid = qf.requiredString("id");
              Optional<String> text = qf.requiredString("text");
              qf.rejectUnknown();
              if (qid.isPresent() && text.isPresent()) {
                checkId(qf, "id", qid.get(), "persona question");
                questions.add(new PersonaQuestion(qid.get(), text.get(), id.orElse(""), qf.span()));
              }
            });
          }
          f.rejectUnknown();
          id.ifPresent(i -> checkId(f, "id", i, "persona"));
          if (id.isPresent() && name.isPresent()) {
            out.add(new Persona(id.get(), name.get(), role, painPoints, questions, f.span()));
            allQuestions.addAll(questions);
          }
        });
      }
      uniqueIds(out, Persona::id, Persona::span, "persona", path.toString());
      uniqueIds(allQuestions, PersonaQuestion::id, PersonaQuestion::span, "persona question", path.toString());
      return out;
    }

    // ---------------------------------------------------------------- clusters.yaml

    private List<KeywordCluster> clusters(YNode root, Path path) {
      List<KeywordCluster> out = new ArrayList<>();
      Optional<Fields> top = Fields.of(root, "clusters.yaml", findings);
      if (top.isEmpty()) {
        return out;
      }
      List<YNode> items = top.get().list("clusters");
      top.get().rejectUnknown();
      for (YNode n : items) {
        Fields.of(n, "a cluster in clusters.yaml", findings).ifPresent(f -> {
          Optional<String> id = f.requiredString("id");
          Optional<String> name = f.requiredString("name");
          Optional<SearchIntent> intent = intent(f, true);
          List<String> keywords = f.stringList("keywords");
          List<String> places = f.stringList("places");
          f.rejectUnknown();
          id.ifPresent(i -> checkId(f, "id", i, "cluster"));
          if (id.isPresent() && name.isPresent() && intent.isPresent()) {
            out.add(new KeywordCluster(id.get(), name.get(), intent.get(), keywords, places, f.span()));
          }
        });
      }
      uniqueIds(out, KeywordCluster::id, KeywordCluster::span, "cluster", path.toString());
      return out;
    }

    private Optional<SearchIntent> intent(Fields f, boolean required) {
      Optional<String> text = required ? f.requiredString("intent") : f.string("intent");
      if (text.isEmpty()) {
        return Optional.empty();
      }
      Optional<SearchIntent> intent = SearchIntent.parse(text.get());
      if (intent.isEmpty()) {
        f.invalidValue("intent", text.get(), "informational, transactional or local", "write intent: informational");
      }
      return intent;
    }

    // ---------------------------------------------------------------- calendar.yaml

    private List<CalendarWeek> calendar(YNode root, Path path) {
      List<CalendarWeek> out = new ArrayList<>();
      Optional<Fields> top = Fields.of(root, "calendar.yaml", findings);
      if (top.isEmpty()) {
        return out;
      }
      List<YNode> items = top.get().list("weeks");
      top.get().rejectUnknown();
      for (YNode n : items) {
        Fields.of(n, "a week in calendar.yaml", findings).ifPresent(f -> {
          Optional<Integer> week = f.integer("week");
          if (!f.has("week")) {
            f.requiredString("week");
          }
          String what = "week " + week.map(String::valueOf).orElse("?");
          Optional<ContentDate> date = f.requiredDate("date");
          Optional<String> post = f.requiredString("post");
          Optional<SearchIntent> intent = intent(f, false);
          List<String> clusters = f.stringList("clusters");
          FaqUpdate update = f.node("faqUpdate").flatMap(u -> Fields.of(u, "faqUpdate of " + what, findings).map(uf -> {
            List<String> topics = uf.stringList("topics");
            List<String> questions = uf.stringList("questions");
            uf.rejectUnknown();
            return new FaqUpdate(topics, questions);
          })).orElse(FaqUpdate.NONE);
          f.rejectUnknown();
          if (week.isPresent() && date.isPresent() && post.isPresent()) {
            out.add(new CalendarWeek(week.get(), date.get().date(), post.get(), intent, clusters, update, f.span()));
          }
        });
      }
      uniqueIds(out, w -> String.valueOf(w.week()), CalendarWeek::span, "week", path.toString());
      return out;
    }

    // ---------------------------------------------------------------- faq.yaml

    private List<FaqItem> faqItems(YNode root, Path path) {
      List<FaqItem> out = new ArrayList<>();
      Optional<Fields> top = Fields.of(root, "faq.yaml", findings);
      if (top.isEmpty()) {
        return out;
      }
      List<YNode> items = top.get().list("items");
      top.get().rejectUnknown();
      for (YNode n : items) {
        Fields.of(n, "a FAQ item in faq.yaml", findings).ifPresent(f -> {
          Optional<String> id = f.requiredString("id");
          Optional<String> question = f.requiredString("question");
          Optional<String> answer = f.requiredString("answer");
          List<String> clusters = f.stringList("clusters");
          List<String> personas = f.stringList("personas");
          List<String> places = f.stringList("places");
          List<String> answers = f.stringList("answers");
          Optional<ContentDate> added = f.date("added");
          f.rejectUnknown();
          id.ifPresent(i -> checkId(f, "id", i, "FAQ item"));
          if (id.isPresent() && question.isPresent() && answer.isPresent()) {
            String markdown = answer.get().strip();
            out.add(new FaqItem(id.get(), question.get().strip(), markdown, plainText(markdown), clusters, personas, places,
                answers,
                added.map(ContentDate::date), f.span(), f.valueSpan("question"), f.valueSpan("answer")));
          }
        });
      }
      uniqueIds(out, FaqItem::id, FaqItem::span, "FAQ item", path.toString());
      return out;
    }

    /** The plain text of a FAQ item's Markdown answer: its blocks' texts, joined by spaces. */
    private static String plainText(String markdown) {
      StringBuilder sb = new StringBuilder();
      for (Block b : ANSWER_READER.read(markdown, Path.of("")).body().blocks()) {
        if (sb.length() > 0) {
          sb.append(' ');
        }
        sb.append(b.text());
      }
      return sb.toString();
    }

    // ---------------------------------------------------------------- posts

    private List<BlogPost> posts(Optional<Site> site) {
      Path dir = options.postsDirectory();
      if (!Files.isDirectory(dir)) {
        findings.add(Finding.error("load.missing-file", SourceSpan.of(display(dir)),
            "the posts folder does not exist: " + display(dir),
            "create it, or point geo at the folder that holds the Markdown posts"));
        return List.of();
      }
      List<Path> files;
      try {
        files = postFiles(dir);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot list " + dir, e);
      }
      MarkdownReader reader = MarkdownReader.forOneLoad(options.faqHeadings());
      // Posts are independent, so they are read in parallel; each file collects its own findings,
      // and results are merged in file order so that output stays deterministic.
      record Loaded(Optional<BlogPost> post, List<Finding> findings) {}
      Path base = base();
      List<Loaded> loaded = files.parallelStream().map(file -> {
        Run one = new Run(options);
        // The path as findings show it is worked out once for the file's text and its post.
        Path shown = display(file, base);
        Optional<BlogPost> post = one.readText(file, shown).flatMap(text -> one.post(file, shown, text, reader, site));
        return new Loaded(post, one.findings);
      }).toList();
      List<BlogPost> out = new ArrayList<>();
      for (Loaded l : loaded) {
        l.post().ifPresent(out::add);
        findings.addAll(l.findings());
      }
      uniqueIds(out, BlogPost::slug, p -> p.spanOf("slug"), "post slug", "the posts");
      uniqueIds(out, BlogPost::url, p -> p.spanOf("url"), "post url", "the posts");
      return out;
    }

    private Optional<BlogPost> post(Path file, Path shown, String text, MarkdownReader reader, Optional<Site> site) {
      MarkdownReader.Parsed parsed = reader.read(text, shown);
      boolean unclosed = parsed.frontMatter().map(fm -> !fm.closed()).orElse(text.startsWith("---"));
      if (parsed.frontMatter().isEmpty() || unclosed) {
        findings.add(Finding.error("load.front-matter", SourceSpan.of(shown, 1, 1),
            unclosed ? "the post's YAML front matter is not closed" : "the post has no YAML front matter",
            unclosed ? "end the front matter with a line of three dashes ('---') before the Markdown"
                : "start the file with a '---' line, the front matter (title, datePublished, …) and a closing '---'"
                    + " line"));
        return Optional.empty();
      }
      MarkdownReader.FrontMatter fm = parsed.frontMatter().get();
      Optional<YNode> root = YamlTree.parse(fm.yaml(), shown, fm.lineOffset(), findings);
      if (root.isEmpty()) {
        return Optional.empty();
      }
      Optional<Fields> of = Fields.of(root.get(), "the front matter of " + shown, findings);
      if (of.isEmpty()) {
        return Optional.empty();
      }
      Fields f = of.get();
      String what = "the front matter";
      Optional<String> title = f.requiredString("title");
      String fileSlug = withoutMd(file.getFileName().toString());
      String slug = f.string("slug").orElse(fileSlug);
      if (!ID.matcher(slug).matches()) {
        f.invalidValue("slug", slug, "lower-case letters, digits and hyphens", ID_HINT);
      }
      Optional<String> description = f.string("description");
      Optional<ContentDate> published = f.requiredDate("datePublished");
      Optional<ContentDate> modified = f.date("dateModified");
      Optional<String> author = f.string("author").or(() -> site.flatMap(Site::defaultAuthor));
      List<String> personas = f.stringList("personas");
      Optional<String> cluster = f.string("cluster");
      Optional<SearchIntent> intent = intent(f, false);
      List<String> keywords = f.stringList("keywords");
      List<String> places = f.stringList("places");
      List<String> answers = f.stringList("answers");
      List<String> faq = f.stringList("faq");
      String relative = withoutMd(options.postsDirectory().relativize(file).toString().replace('\\', '/')) + ".html";
      String url = f.string("url").orElse(site.map(Site::blogPath).orElse("blog/") + relative);
      Optional<String> image = f.string("image");
      boolean fictional = f.bool("fictional", false);
      List<String> suppress = f.stringList("suppress");
      f.rejectUnknown();
      if (published.isPresent() && modified.isPresent() && modified.get().date().isBefore(published.get().date())) {
        findings.add(Finding.error("load.date", f.valueSpan("dateModified"),
            "dateModified " + modified.get() + " is before datePublished " + published.get() + " in " + what,
            "set dateModified to the day of the last change, on or after datePublished"));
      }
      if (title.isEmpty() || published.isEmpty()) {
        return Optional.empty();
      }
      Map<String, SourceSpan> spans = new LinkedHashMap<>();
      for (String key : List.of("title", "slug", "description", "datePublished", "dateModified", "author", "personas",
          "cluster", "intent", "keywords", "places", "answers", "faq", "url", "image", "fictional", "suppress")) {
        if (f.has(key)) {
          spans.put(key, f.keySpan(key));
        }
      }
      return Optional.of(new BlogPost(shown, slug, title.get(), description, published.get(), modified, author, personas,
          cluster, intent, keywords, places, answers, faq, url, image, fictional, suppress, spans, parsed.body(),
          SourceSpan.of(shown, 1, 1)));
    }

    /**
     * The name without its {@code .md} ending. Post files are chosen by that ending, so there always
     * is one.
     */
    private static String withoutMd(String name) {
      if (!name.endsWith(".md")) {
        throw new IllegalArgumentException("not a Markdown file name: " + name);
      }
      return name.substring(0, name.length() - 3);
    }

    private <T> void uniqueIds(List<T> items, Function<T, String> id, Function<T, SourceSpan> span, String kind, String where) {
      Map<String, T> seen = new HashMap<>();
      for (T item : items) {
        T first = seen.putIfAbsent(id.apply(item), item);
        if (first != null) {
          findings.add(Finding.error("load.duplicate", span.apply(item),
              "duplicate " + kind + " '" + id.apply(item) + "': already defined at " + span.apply(first),
              "give each " + kind + " a unique value"));
        }
      }
    }

    private void checkId(Fields f, String key, String value, String kind) {
      if (!ID.matcher(value).matches()) {
        f.invalidValue(key, value, "a " + kind + " id of lower-case letters, digits and hyphens", ID_HINT);
      }
    }
  }

  /** The post files under {@code dir}, as the loader reads them: every {@code .md} file, in path order. */
  static List<Path> postFiles(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(p -> p.getFileName().toString().endsWith(".md") && Files.isRegularFile(p)).sorted().toList();
    }
  }
}
