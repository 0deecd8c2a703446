package it.crocevia.api;

import java.util.List;

/** The body of every error answer of the API. */
public record ApiError(String error, String message, List<FieldError> violations) {

    public record FieldError(String field, String message) {
    }

    public static ApiError of(String error, String message) {
        return new ApiError(error, message, List.of());
    }
}
