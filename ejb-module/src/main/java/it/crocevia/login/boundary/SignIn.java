package it.crocevia.login.boundary;

/**
 * The answer to a sign-in. A wrong e-mail, a wrong password, a disabled login and a login with no
 * record left all give {@link Outcome#REFUSED}: the answer never tells which.
 */
public record SignIn(Outcome outcome, long loginId, int epoch, boolean mustChange) {

    public enum Outcome {
        SIGNED_IN, REFUSED, THROTTLED
    }

    static SignIn refused() {
        return new SignIn(Outcome.REFUSED, 0, 0, false);
    }

    static SignIn throttled() {
        return new SignIn(Outcome.THROTTLED, 0, 0, false);
    }
}
