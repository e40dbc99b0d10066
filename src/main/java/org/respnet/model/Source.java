package org.respnet.model;

/**
 * @param name    file name (or upload name) the text came from
 * @param charset charset the bytes were decoded with, e.g. UTF-8 or GB18030
 * @param sha256  hex digest of the normalised text; an unchanged document is skipped on reload
 */
public record Source(String name, String charset, String sha256) {
}
