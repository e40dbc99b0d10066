package org.respnet.cypher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every {@code cypher/**.cypher} file on the classpath, read once at start-up and looked up by name
 * ({@code "query/ranking"} for {@code cypher/query/ranking.cypher}). Services look their statements up when they
 * are built, and a missing name fails with the file it expected, so a typo stops the start rather than a request.
 */
public final class CypherCatalog {

    private static final String ROOT = "cypher/";
    private static final Pattern STATEMENT_END = Pattern.compile(";\\s*(?:\\R|$)");
    private static final Pattern LINE_COMMENT = Pattern.compile("(?m)^\\s*//.*$");

    private final Map<String, String> texts;

    private CypherCatalog(Map<String, String> texts) {
        this.texts = Collections.unmodifiableSortedMap(new TreeMap<>(texts));
    }

    public static CypherCatalog fromClasspath() {
        return fromClasspath(CypherCatalog.class.getClassLoader());
    }

    /** The files a given class loader sees, e.g. a deployment's own folder of statements. */
    public static CypherCatalog fromClasspath(ClassLoader classLoader) {
        var resolver = new PathMatchingResourcePatternResolver(classLoader);
        Map<String, String> texts = new TreeMap<>();
        try {
            for (Resource resource : resolver.getResources("classpath*:" + ROOT + "**/*.cypher")) {
                String url = resource.getURL().toString();
                String name = url.substring(url.lastIndexOf(ROOT) + ROOT.length(), url.length() - ".cypher".length());
                String text = resource.getContentAsString(StandardCharsets.UTF_8).strip();
                if (text.isEmpty()) {
                    throw new IllegalStateException("Cypher file " + ROOT + name + ".cypher is empty");
                }
                texts.put(name, text);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the cypher/ files from the classpath", e);
        }
        if (texts.isEmpty()) {
            throw new IllegalStateException("No cypher/**.cypher files on the classpath");
        }
        return new CypherCatalog(texts);
    }

    /** The single statement stored under {@code name}. */
    public String get(String name) {
        String text = texts.get(name);
        if (text == null) {
            throw new IllegalStateException("Missing Cypher file " + ROOT + name + ".cypher (known: " + texts.keySet() + ")");
        }
        return text;
    }

    /** A file of several {@code ;}-terminated statements (the schema), comments removed. */
    public List<String> statements(String name) {
        String withoutComments = LINE_COMMENT.matcher(get(name)).replaceAll("");
        return Arrays.stream(STATEMENT_END.split(withoutComments)).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** Names under a folder, e.g. {@code examples/}, in name order. */
    public List<String> namesUnder(String folder) {
        return texts.keySet().stream().filter(n -> n.startsWith(folder)).toList();
    }
}
