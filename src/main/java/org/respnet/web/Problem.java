package org.respnet.web;

import com.fasterxml.jackson.annotation.JsonInclude;

/** An RFC 9457 problem document; {@code parameter} names the offending query parameter, when there is one. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance, String parameter) {
}
