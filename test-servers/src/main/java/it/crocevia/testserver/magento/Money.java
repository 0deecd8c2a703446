package it.crocevia.testserver.magento;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Amounts as Magento computes them with prices that include VAT: rounded to the cent, the net
 * derived from the gross ({@code round(gross / (1 + rate))}), the tax as the difference.
 */
final class Money {

    /** Zero as stored in a DECIMAL column; printed {@code 0}. */
    static final BigDecimal ZERO = BigDecimal.ZERO;
    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Money() {}

    static BigDecimal round(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }

    /** @return the net of a gross amount at a VAT percentage, to the cent */
    static BigDecimal net(BigDecimal gross, int percent) {
        if (percent == 0) {
            return round(gross);
        }
        return gross.multiply(HUNDRED).divide(BigDecimal.valueOf(100L + percent), 2, RoundingMode.HALF_UP);
    }

    /** @return the VAT inside a gross amount, to the cent */
    static BigDecimal taxIn(BigDecimal gross, int percent) {
        return round(gross).subtract(net(gross, percent));
    }

    /** @return an order-currency amount in the base currency, given the base-to-order rate */
    static BigDecimal toBase(BigDecimal amount, BigDecimal rate) {
        if (rate.compareTo(BigDecimal.ONE) == 0) {
            return amount;
        }
        return amount.divide(rate, MathContext.DECIMAL64).setScale(2, RoundingMode.HALF_UP);
    }
}
