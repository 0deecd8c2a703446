package it.crocevia.login.boundary;

import java.io.Serializable;
import java.time.LocalDateTime;

/** One line of a login's history: what happened, when, by whom. */
public record LoginEventView(LocalDateTime occurredAt, String action, String actor, String detail)
        implements Serializable {
}
