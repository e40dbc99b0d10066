package org.respnet.load;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The properties one kind of row carries, in one list: the keys of its parameter maps (which the
 * {@code cypher/load} statements read as {@code row.<name>}) and the header and field order of its bulk-import CSV
 * file. A row missing a column, or carrying one the list lacks, fails at once instead of shifting a CSV column.
 */
final class Columns {

    private final List<String> endpoints;
    private final List<String> headers;
    private final List<String> names;

    private Columns(List<String> endpoints, List<String> headers) {
        this.endpoints = endpoints;
        this.headers = headers;
        this.names = headers.stream().map(h -> h.contains(":") ? h.substring(0, h.indexOf(':')) : h).toList();
    }

    /** @param headers property names, each with the importer's type where it is not a string: {@code index:long} */
    static Columns of(String... headers) {
        return new Columns(List.of(), List.of(headers));
    }

    /**
     * A relationship's row: {@code endpoints} name the nodes it links (the statement matches them; the CSV file
     * writes their ids), {@code headers} its stored properties.
     */
    static Columns linking(List<String> endpoints, String... headers) {
        return new Columns(endpoints, List.of(headers));
    }

    /** The CSV header after the importer's id columns. */
    List<String> headers() {
        return headers;
    }

    /** The row's values in header order. */
    Object[] values(Map<String, Object> row) {
        return names.stream().map(row::get).toArray();
    }

    /** Checks the row against this list; returns it, for building rows in one expression. */
    Map<String, Object> checked(Map<String, Object> row) {
        Set<String> expected = new java.util.HashSet<>(names);
        expected.addAll(endpoints);
        if (!row.keySet().equals(expected)) {
            throw new IllegalStateException("row columns " + row.keySet().stream().sorted().collect(Collectors.toList())
                    + " do not match " + expected.stream().sorted().collect(Collectors.toList()));
        }
        return row;
    }

    static String[] concat(String[] ids, List<String> headers) {
        String[] all = Arrays.copyOf(ids, ids.length + headers.size());
        for (int i = 0; i < headers.size(); i++) {
            all[ids.length + i] = headers.get(i);
        }
        return all;
    }
}
