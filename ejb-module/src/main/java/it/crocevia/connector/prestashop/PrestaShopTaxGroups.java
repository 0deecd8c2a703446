package it.crocevia.connector.prestashop;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.w3c.dom.Element;

/**
 * Which tax rule group a product gets for its VAT rate: the active group (lowest id first) whose
 * rule for Italy, without a state, applies an active tax of that rate, as the Italian localization
 * pack makes them ("IT Standard Rate (22%)", "IT Reduced Rate (10%)"...). The shop's countries,
 * tax rules, taxes and groups are read once, at the first product, and kept for the publisher's
 * life. A rate no group has, or a key that may not read them (401, 405), leaves the product's
 * group as it is, and the log says so once.
 */
final class PrestaShopTaxGroups {

    private static final Logger LOG = Logger.getLogger(PrestaShopTaxGroups.class.getName());
    private static final String ITALY = "IT";

    private final PrestaShopCalls calls;
    private Map<BigDecimal, String> groupByRate;
    private boolean unreadable;
    private final Set<BigDecimal> reported = new HashSet<>();

    PrestaShopTaxGroups(PrestaShopCalls calls) {
        this.calls = calls;
    }

    /** The group of a rate in percent, empty when none applies it (or the rate is unknown). */
    Optional<String> groupOf(BigDecimal vatRate) {
        if (vatRate == null) {
            return Optional.empty();
        }
        if (groupByRate == null) {
            groupByRate = read();
        }
        BigDecimal rate = vatRate.stripTrailingZeros();
        String group = groupByRate.get(rate);
        if (group == null && !unreadable && reported.add(rate)) {
            LOG.log(Level.INFO, "PrestaShop has no active tax rule group taxing Italy at {0}%: products at that rate "
                    + "keep the group they have (none for a new one)", rate.toPlainString());
        }
        return Optional.ofNullable(group);
    }

    private Map<BigDecimal, String> read() {
        var countries = list("countries", Map.of("filter[iso_code]", "[" + ITALY + "]", "display", "[id,iso_code]"));
        var taxes = list("taxes", Map.of("display", "[id,rate,active,deleted]"));
        var groups = list("tax_rule_groups", Map.of("display", "[id,active,deleted]", "sort", "[id_ASC]"));
        if (countries == null || taxes == null || groups == null || countries.isEmpty()) {
            return Map.of();
        }
        var rules = list("tax_rules", Map.of("filter[id_country]", "[" + text(countries.get(0), "id") + "]",
                "display", "[id_tax_rules_group,id_state,id_tax]", "sort", "[id_ASC]"));
        if (rules == null) {
            return Map.of();
        }
        var rateOfTax = new HashMap<String, BigDecimal>();
        for (Element tax : taxes) {
            if (usable(tax) && !text(tax, "rate").isEmpty()) {
                rateOfTax.put(text(tax, "id"), new BigDecimal(text(tax, "rate")).stripTrailingZeros());
            }
        }
        var taxOfGroup = new HashMap<String, String>();
        for (Element rule : rules) {
            if ("0".equals(text(rule, "id_state")) || text(rule, "id_state").isEmpty()) {
                taxOfGroup.putIfAbsent(text(rule, "id_tax_rules_group"), text(rule, "id_tax"));
            }
        }
        var groupByRate = new HashMap<BigDecimal, String>();
        for (Element group : groups) {
            BigDecimal rate = rateOfTax.get(taxOfGroup.get(text(group, "id")));
            if (usable(group) && rate != null) {
                groupByRate.putIfAbsent(rate, text(group, "id"));
            }
        }
        return Map.copyOf(groupByRate);
    }

    /** Active and not deleted. */
    private static boolean usable(Element row) {
        return "1".equals(text(row, "active")) && !"1".equals(text(row, "deleted"));
    }

    /** A list's rows, null when the key may not read the resource. */
    private List<Element> list(String resource, Map<String, String> params) {
        var reply = calls.get(resource, params);
        if (PrestaShopPublisher.refused(reply)) {
            LOG.log(Level.WARNING, "The webservice key may not read {0} (HTTP {1}): products keep their tax rule "
                    + "group in this run", new Object[] {resource, reply.status()});
            unreadable = true;
            return null;
        }
        var list = PrestaShopXml.parse(PrestaShopPublisher.read(reply, resource).body());
        return PrestaShopXml.elements(list.entity());
    }

    private static String text(Element row, String field) {
        return PrestaShopPublisher.text(row, field);
    }
}
