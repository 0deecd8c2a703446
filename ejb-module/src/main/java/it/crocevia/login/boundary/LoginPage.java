package it.crocevia.login.boundary;

import java.util.List;

/** One page of the search, and whether another follows (the search never counts all matches). */
public record LoginPage(List<LoginRow> rows, boolean more) {
}
