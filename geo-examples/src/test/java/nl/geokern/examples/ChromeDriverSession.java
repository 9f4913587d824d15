package nl.geokern.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * A headless Chromium driven through chromedriver with the W3C WebDriver protocol, spoken directly
 * over {@link HttpClient}: the few commands the end-to-end tests need, without Selenium.
 *
 * <p>{@link #close()} ends the session (which quits the browser), stops chromedriver and every
 * process it started, and deletes the browser's temporary profile.
 */
final class ChromeDriverSession implements AutoCloseable {

  /** Flags that make Chromium start headless and quiet in a container (no sandbox, no network chatter). */
  static final List<String> CHROMIUM_FLAGS = List.of(
      "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync",
      "--disable-dev-shm-usage", "--hide-scrollbars", "--window-size=1280,1024");

  private static final Duration STARTUP = Duration.ofSeconds(30);
  private static final Duration COMMAND = Duration.ofSeconds(60);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Process driver;
  private final Path profile;
  private final HttpClient http;
  private final String base;
  private String sessionId;

  private ChromeDriverSession(Process driver, Path profile, HttpClient http, String base) {
    this.driver = driver;
    this.profile = profile;
    this.http = http;
    this.base = base;
  }

  /**
   * Starts chromedriver on a free local port and opens a session with a new, empty Chromium profile.
   *
   * @param log chromedriver's output goes here
   */
  static ChromeDriverSession start(Path chromedriver, Path chromium, Path log) throws IOException {
    int port;
    try (ServerSocket probe = new ServerSocket(0)) {
      port = probe.getLocalPort();
    }
    Files.createDirectories(log.getParent());
    Process process = new ProcessBuilder(chromedriver.toString(), "--port=" + port)
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .start();
    Path profile = Files.createTempDirectory("geo-chromium-profile");
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    ChromeDriverSession s = new ChromeDriverSession(process, profile, http, "http://127.0.0.1:" + port);
    try {
      s.awaitReady(log);
      s.open(chromium);
    } catch (IOException | RuntimeException e) {
      s.close();
      throw e;
    }
    return s;
  }

  private void awaitReady(Path log) throws IOException {
    Instant deadline = Instant.now().plus(STARTUP);
    while (Instant.now().isBefore(deadline)) {
      if (!driver.isAlive()) {
        throw new IllegalStateException("chromedriver exited with " + driver.exitValue() + "; see " + log);
      }
      try {
        JsonNode status = send("GET", "/status", null);
        if (status.path("ready").asBoolean(false)) {
          return;
        }
      } catch (IOException e) {
        // Not listening yet: try again shortly.
      }
      sleep(100);
    }
    throw new IOException("chromedriver did not become ready within " + STARTUP.toSeconds() + " s; see " + log);
  }

  private void open(Path chromium) throws IOException {
    ObjectNode options = JSON.createObjectNode();
    options.put("binary", chromium.toString());
    var args = options.putArray("args");
    CHROMIUM_FLAGS.forEach(args::add);
    args.add("--user-data-dir=" + profile);
    ObjectNode body = JSON.createObjectNode();
    ObjectNode always = body.putObject("capabilities").putObject("alwaysMatch");
    always.put("browserName", "chrome");
    always.set("goog:chromeOptions", options);
    JsonNode value = send("POST", "/session", body);
    sessionId = value.path("sessionId").asText(null);
    if (sessionId == null) {
      throw new IOException("chromedriver answered without a session id: " + value);
    }
  }

  /** Loads a url and waits for its load event. */
  void navigate(String url) throws IOException {
    ObjectNode body = JSON.createObjectNode().put("url", url);
    command("POST", "/url", body);
  }

  /**
   * Runs a script in the page (its body, as in {@code new Function(script)}) and returns its result
   * as JSON; {@code arguments[0…]} are the given arguments.
   */
  JsonNode execute(String script, Object... arguments) throws IOException {
    ObjectNode body = JSON.createObjectNode().put("script", script);
    var args = body.putArray("args");
    for (Object a : arguments) {
      args.add(JSON.valueToTree(a));
    }
    return command("POST", "/execute/sync", body);
  }

  /** Resizes the window, e.g. to the page's height before a screenshot. */
  void resize(int width, int height) throws IOException {
    ObjectNode body = JSON.createObjectNode().put("width", width).put("height", height);
    command("POST", "/window/rect", body);
  }

  /** Takes a PNG screenshot of the viewport and writes it to {@code file}. */
  void screenshot(Path file) throws IOException {
    JsonNode value = command("GET", "/screenshot", null);
    Files.createDirectories(file.getParent());
    Files.write(file, Base64.getDecoder().decode(value.asText()));
  }

  private JsonNode command(String method, String path, JsonNode body) throws IOException {
    if (sessionId == null) {
      throw new IllegalStateException("no WebDriver session");
    }
    return send(method, "/session/" + sessionId + path, body);
  }

  /** Sends one WebDriver command; returns its {@code value}, or throws with the driver's error. */
  private JsonNode send(String method, String path, JsonNode body) throws IOException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
        .timeout(COMMAND)
        .header("Content-Type", "application/json; charset=utf-8");
    request.method(method, body == null
        ? HttpRequest.BodyPublishers.noBody()
        : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8));
    HttpResponse<String> response;
    try {
      response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while waiting for chromedriver: " + method + " " + path, e);
    }
    JsonNode value = JSON.readTree(response.body()).path("value");
    if (response.statusCode() != 200) {
      throw new IOException("WebDriver " + method + " " + path + " failed with HTTP " + response.statusCode() + ": "
          + value.path("error").asText() + ": " + value.path("message").asText());
    }
    return value;
  }

  @Override
  public void close() {
    // Quit the browser through the protocol first: killing chromedriver alone orphans Chromium.
    if (sessionId != null) {
      try {
        send("DELETE", "/session/" + sessionId, null);
      } catch (IOException | RuntimeException e) {
        System.err.println("ending the WebDriver session failed, stopping the processes instead: " + e);
      }
      sessionId = null;
    }
    List<ProcessHandle> children = driver.descendants().toList();
    driver.destroy();
    children.forEach(ProcessHandle::destroy);
    try {
      driver.onExit().get(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      driver.destroyForcibly();
    } catch (ExecutionException | TimeoutException e) {
      driver.destroyForcibly();
    }
    children.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    deleteTree(profile);
  }

  /** Best effort: a profile left behind in the temporary folder must not hide the test's own result. */
  private static void deleteTree(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException | UncheckedIOException e) {
      System.err.println("could not delete the temporary Chromium profile " + dir + ": " + e);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while starting chromedriver", e);
    }
  }
}
