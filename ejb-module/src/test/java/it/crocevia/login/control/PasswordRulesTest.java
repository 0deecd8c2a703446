package it.crocevia.login.control;

import static org.assertj.core.api.Assertions.assertThat;

import it.crocevia.platform.boundary.Violation;
import org.junit.jupiter.api.Test;

class PasswordRulesTest {

    private static final PasswordHashing HASHING = new PasswordHashing(PasswordHashing.MIN_ITERATIONS);

    @Test
    void aHashMatchesItsPasswordOnlyAndNeverContainsIt() {
        String hash = HASHING.hash("una frase lunga e facile".toCharArray());
        assertThat(hash).startsWith("pbkdf2-sha256$600000$").doesNotContain("frase");
        assertThat(HASHING.matches("una frase lunga e facile".toCharArray(), hash)).isTrue();
        assertThat(HASHING.matches("una frase lunga e facilE".toCharArray(), hash)).isFalse();
        assertThat(HASHING.hash("una frase lunga e facile".toCharArray())).as("salted").isNotEqualTo(hash);
    }

    @Test
    void foreignOrBrokenHashesNeverMatch() {
        assertThat(HASHING.matches("x".toCharArray(), null)).isFalse();
        assertThat(HASHING.matches("x".toCharArray(), "$2a$10$abcdefghijklmnopqrstuv")).isFalse();
        assertThat(HASHING.matches("x".toCharArray(), "pbkdf2-sha256$1000$!!$??")).isFalse();
    }

    @Test
    void theWorkFactorNeverGoesBelowOwaspsMinimumAndOlderHashesAreOutdated() {
        assertThat(new PasswordHashing(1_000).iterations()).isEqualTo(600_000);
        var stronger = new PasswordHashing(700_000);
        String old = HASHING.hash("una frase lunga e facile".toCharArray());
        assertThat(stronger.outdated(old)).isTrue();
        assertThat(stronger.matches("una frase lunga e facile".toCharArray(), old)).as("still verifies").isTrue();
        assertThat(HASHING.outdated(old)).isFalse();
    }

    @Test
    void thePolicyWantsTwelveCharactersNotCommonNotTheEmailTypedTwice() {
        assertThat(keys("corta", "corta", "a@b.it")).containsExactly("login.password.tooShort");
        assertThat(keys("passwordpassword", "passwordpassword", "a@b.it")).containsExactly("login.password.common");
        assertThat(keys("PasswordPassword", null, "a@b.it")).as("case does not help").containsExactly("login.password.common");
        assertThat(keys("mario.rossi@example.it", null, "Mario.Rossi@example.it")).containsExactly("login.password.isEmail");
        assertThat(keys("una frase lunga e facile", "una frase lunga e facilE", "a@b.it"))
                .containsExactly("login.password.mismatch");
        assertThat(keys("x".repeat(129), null, "a@b.it")).containsExactly("login.password.tooLong");
        assertThat(keys("", null, "a@b.it")).containsExactly("login.password.required");
        assertThat(keys("il mio gatto si chiama Totò", "il mio gatto si chiama Totò", "a@b.it")).isEmpty();
        assertThat(keys("ééééééééééé€", null, "a@b.it")).as("characters, not bytes").isEmpty();
    }

    @Test
    void theCommonListIsLoadedFromNbvcxz() {
        assertThat(PasswordPolicy.commonPasswords()).as("those of 12 characters or more").isGreaterThan(450);
    }

    @Test
    void resetTokensCarry256RandomBitsAndOnlyTheirHashIsKept() {
        String token = ResetLinks.newToken();
        assertThat(token).hasSize(43).matches("[A-Za-z0-9_-]+").isNotEqualTo(ResetLinks.newToken());
        assertThat(ResetLinks.hash(token)).hasSize(64).isNotEqualTo(token).isEqualTo(ResetLinks.hash(token));
        assertThat(ResetLinks.hash(null)).isNull();
        assertThat(ResetLinks.hash("x".repeat(101))).isNull();
    }

    @Test
    void aLoginIsFoundByEmailAndBothOrdersOfItsName() {
        assertThat(SearchTerms.terms("Mario.Rossi@Example.it", " Mario ", "Rossi  Bianchi"))
                .containsExactly("mario.rossi@example.it", "mario rossi bianchi", "rossi bianchi mario");
        assertThat(SearchTerms.terms("x@y.it", null, null)).containsExactly("x@y.it");
    }

    private static java.util.List<String> keys(String password, String confirmation, String email) {
        return PasswordPolicy.check("password", password, confirmation, email).stream().map(Violation::messageKey)
                .toList();
    }
}
