package nl.geokern.core.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Optional;
import nl.geokern.core.graph.GraphOptions;
import nl.geokern.core.load.LoadOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnrichRequestTest {

  private static final GraphOptions AMSTERDAM = new GraphOptions(ZoneId.of("Europe/Amsterdam"));

  @TempDir Path tmp;

  private static Path graphSite() throws URISyntaxException {
    return Path.of(EnrichRequestTest.class.getResource("/graph-site/site.yaml").toURI()).getParent();
  }

  @Test
  void load_validContent_givesARequestWithContentKeyFingerprintAndThreads() throws URISyntaxException {
    EnrichRequest.Loaded loaded = EnrichRequest.load(LoadOptions.defaults(graphSite()), tmp, AMSTERDAM, true, 3,
        Optional.of(tmp.resolve("manifest.tsv")), "1.2.3");
    EnrichRequest request = loaded.request().orElseThrow();
    assertTrue(request.contentKey().orElseThrow().matches("[0-9a-f]{64}"), request.contentKey().toString());
    assertEquals("geo 1.2.3; timeZone=Europe/Amsterdam; plainPages=true", request.fingerprint());
    assertEquals(3, request.threads());
    assertEquals("Kanaalkracht AI", request.content().site().name());
  }

  @Test
  void load_contentWithErrors_givesItsFindingsAndNoRequest() throws IOException {
    Files.writeString(tmp.resolve("site.yaml"), "name: X\n");
    EnrichRequest.Loaded loaded = EnrichRequest.load(LoadOptions.defaults(tmp), tmp, AMSTERDAM, false, 0,
        Optional.empty(), "1.2.3");
    assertEquals(Optional.empty(), loaded.request());
    assertTrue(loaded.load().hasErrors());
  }

  @Test
  void new_zeroThreads_meansOnePerProcessor() throws URISyntaxException {
    EnrichRequest request = EnrichRequest.load(LoadOptions.defaults(graphSite()), tmp, AMSTERDAM, false, 0,
        Optional.empty(), "1").request().orElseThrow();
    assertEquals(Runtime.getRuntime().availableProcessors(), request.threads());
    assertFalse(request.fingerprint().contains("threads"), "the thread count does not change any page");
  }

  @Test
  void load_threadsOutOfRange_isRejectedBeforeLoading() {
    Path missing = tmp.resolve("no-content");
    var e = assertThrows(IllegalArgumentException.class, () -> EnrichRequest.load(LoadOptions.defaults(missing), tmp,
        AMSTERDAM, true, 100_000, Optional.empty(), "1"));
    assertEquals("threads 100000 is out of range; expected 1 to 256 pages at once, or 0 for one per processor",
        e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> EnrichRequest.load(LoadOptions.defaults(missing), tmp,
        AMSTERDAM, true, -1, Optional.empty(), "1"));
  }
}
