package org.respnet.query;

public record GraphStats(long documents, long sections, long measures, long units, long leads, long participations) {
}
