package nl.geokern.examples;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Serves folders over HTTP on 127.0.0.1 at a free port, so that a browser loads the built site the
 * way a visitor would (relative links, CSS, images), without any network.
 */
final class StaticServer implements AutoCloseable {

  private static final Map<String, String> TYPES = Map.of(
      "html", "text/html; charset=utf-8",
      "css", "text/css; charset=utf-8",
      "js", "text/javascript; charset=utf-8",
      "json", "application/json",
      "txt", "text/plain; charset=utf-8",
      "png", "image/png",
      "gif", "image/gif",
      "jpg", "image/jpeg",
      "svg", "image/svg+xml",
      "ico", "image/x-icon");

  private final HttpServer server;

  private StaticServer(HttpServer server) {
    this.server = server;
  }

  /** Starts serving each folder under its prefix, e.g. {@code "/site/" -> target/site}. */
  static StaticServer start(Map<String, Path> folders) {
    HttpServer server;
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open a server socket on 127.0.0.1", e);
    }
    for (Map.Entry<String, Path> e : new LinkedHashMap<>(folders).entrySet()) {
      Path root = e.getValue().toAbsolutePath().normalize();
      String prefix = e.getKey();
      server.createContext(prefix, exchange -> serve(exchange, prefix, root));
    }
    server.start();
    return new StaticServer(server);
  }

  /** The absolute url of a path on this server, e.g. {@code url("/site/faq.html")}. */
  String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  private static void serve(HttpExchange exchange, String prefix, Path root) throws IOException {
    try (exchange) {
      if (!"GET".equals(exchange.getRequestMethod()) && !"HEAD".equals(exchange.getRequestMethod())) {
        exchange.sendResponseHeaders(405, -1);
        return;
      }
      URI uri = exchange.getRequestURI();
      String relative = URLDecoder.decode(uri.getRawPath().substring(prefix.length()), StandardCharsets.UTF_8);
      if (relative.isEmpty() || relative.endsWith("/")) {
        relative += "index.html";
      }
      Path file = root.resolve(relative).normalize();
      // Never serve anything outside the folder (e.g. /site/../../pom.xml).
      if (!file.startsWith(root) || !Files.isRegularFile(file)) {
        exchange.sendResponseHeaders(404, -1);
        return;
      }
      byte[] body = Files.readAllBytes(file);
      String name = file.getFileName().toString();
      String ext = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
      exchange.getResponseHeaders().set("Content-Type", TYPES.getOrDefault(ext, "application/octet-stream"));
      exchange.getResponseHeaders().set("Cache-Control", "no-store");
      boolean head = "HEAD".equals(exchange.getRequestMethod());
      exchange.sendResponseHeaders(200, head ? -1 : body.length);
      if (!head) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(body);
        }
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
