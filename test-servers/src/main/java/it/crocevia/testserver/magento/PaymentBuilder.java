package it.crocevia.testserver.magento;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The payment of a seeded order as Magento stores it: {@code additional_information} as a list of
 * values (the method title first; the keys appear in {@code payment_additional_info}),
 * {@code account_status} and {@code cc_last4} printed as null when empty because the interface
 * declares them non-nullable, the legacy {@code "0"} defaults of the card fields, and the paid,
 * refunded or canceled amounts the state implies.
 */
final class PaymentBuilder {

    private PaymentBuilder() {}

    static Record payment(OrderSpec spec, int paymentId, int orderId, BigDecimal grandTotal, BigDecimal shipping,
            BigDecimal rate, boolean invoiced, boolean refunded, boolean canceled, Random random) {
        String method = spec.paymentMethod;
        String title = ReferenceData.paymentMethod(method).title();
        Record payment = new Record(Schemas.PAYMENT);
        BigDecimal baseTotal = Money.toBase(grandTotal, rate);
        BigDecimal baseShipping = Money.toBase(shipping, rate);
        payment.put("account_status", null).put("amount_ordered", grandTotal).put("base_amount_ordered", baseTotal)
                .put("base_shipping_amount", baseShipping).put("shipping_amount", shipping)
                .put("cc_exp_year", "0").put("cc_last4", null).put("cc_ss_start_month", "0")
                .put("cc_ss_start_year", "0").put("entity_id", paymentId).put("method", method)
                .put("parent_id", orderId);
        boolean online = OrderBuilder.isOnline(method);
        switch (method) {
            case "banktransfer" -> info(payment, List.of("method_title", "instructions"), List.of(title,
                    "IBAN IT60 X054 2811 1010 0000 0123 456 intestato a Crocevia Demo S.r.l."));
            case "cashondelivery" -> info(payment, List.of("method_title", "instructions"),
                    List.of(title, "Pagamento in contanti al corriere alla consegna"));
            case "paypal_express" -> {
                info(payment, List.of("method_title", "paypal_payer_id", "paypal_payer_email", "paypal_payer_status",
                        "paypal_correlation_id"), List.of(title, code(random, 13), spec.email, "verified",
                        code(random, 13).toLowerCase(Locale.ROOT)));
                payment.put("last_trans_id", code(random, 17));
            }
            case "stripe_payments" -> {
                info(payment, List.of("method_title"), List.of(title));
                payment.put("cc_type", "VI").put("cc_last4", "4242").put("cc_exp_month", "12")
                        .put("cc_exp_year", "2029").put("last_trans_id", "pi_" + code(random, 24));
            }
            default -> info(payment, List.of("method_title"), List.of(title));
        }
        if (invoiced) {
            payment.put("amount_paid", grandTotal).put("base_amount_paid", baseTotal)
                    .put("base_shipping_captured", baseShipping).put("shipping_captured", shipping);
            if (online) {
                payment.put("base_amount_paid_online", baseTotal);
            }
        }
        if (refunded) {
            payment.put("amount_refunded", grandTotal).put("base_amount_refunded", baseTotal)
                    .put("base_shipping_refunded", baseShipping).put("shipping_refunded", shipping);
            if (online) {
                payment.put("base_amount_refunded_online", baseTotal);
            }
        }
        if (canceled) {
            payment.put("amount_canceled", grandTotal).put("base_amount_canceled", baseTotal);
        }
        if (!invoiced && !canceled && online) {
            payment.put("amount_authorized", grandTotal).put("base_amount_authorized", baseTotal);
        }
        return payment;
    }

    private static void info(Record payment, List<String> keys, List<String> values) {
        payment.put("additional_information", values).put("additional_information_keys", keys);
    }

    private static String code(Random random, int length) {
        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789";
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }
}
