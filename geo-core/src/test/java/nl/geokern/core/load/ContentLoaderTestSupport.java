package nl.geokern.core.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A minimal valid content directory for tests that break one file at a time. */
final class ContentLoaderTestSupport {

  private ContentLoaderTestSupport() {}

  static Path validContent(Path dir) throws IOException {
    Path content = dir.resolve("content");
    Files.createDirectories(content.resolve("blog"));
    Files.writeString(content.resolve("site.yaml"), ContentLoaderTest.SITE);
    Files.writeString(content.resolve("personas.yaml"), ContentLoaderTest.PERSONAS);
    Files.writeString(content.resolve("clusters.yaml"), ContentLoaderTest.CLUSTERS);
    Files.writeString(content.resolve("calendar.yaml"), ContentLoaderTest.CALENDAR);
    Files.writeString(content.resolve("faq.yaml"), ContentLoaderTest.FAQ);
    Files.writeString(content.resolve("blog/post-een.md"), ContentLoaderTest.POST);
    return content;
  }
}
