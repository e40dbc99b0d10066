package org.respnet.parse;

/** Title, number, issuer and date read from a document's header; any may be null except the title. */
record Metadata(String title, String docNumber, String issuer, String date) {
}
