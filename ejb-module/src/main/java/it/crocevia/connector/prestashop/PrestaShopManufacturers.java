package it.crocevia.connector.prestashop;

import it.crocevia.connector.control.RemoteHttp;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The shop's manufacturer of a brand: the one named so ({@code filter[name]=[...]}, compared
 * without case as MySQL does, the lowest id when several), else one created from
 * {@code ?schema=blank}, active (a field left out of a webservice write is stored empty, so a
 * manufacturer posted without {@code <active>} would be disabled). Answers are kept for the
 * publisher's life, so a run asks once per brand. A brand PrestaShop cannot search (square brackets)
 * or refuses (a name over 64 characters, or with {@code <>;=#{}}) is not set, and said so in the
 * log; a key that may not use {@code manufacturers} (401, 405) sets no brand for the rest of the run.
 */
final class PrestaShopManufacturers {

    private static final Logger LOG = Logger.getLogger(PrestaShopManufacturers.class.getName());

    private final PrestaShopCalls calls;
    private final Map<String, Optional<String>> byName = new HashMap<>();
    private boolean refused;

    PrestaShopManufacturers(PrestaShopCalls calls) {
        this.calls = calls;
    }

    /** The id of the brand's manufacturer, found or created; empty for no brand or one that cannot be set. */
    Optional<String> idOf(String brand) {
        if (brand == null || brand.isBlank() || refused) {
            return Optional.empty();
        }
        String name = brand.strip();
        String key = name.toLowerCase(Locale.ROOT);
        Optional<String> known = byName.get(key);
        if (known != null) {
            return known;
        }
        Optional<String> id;
        if (name.indexOf('[') >= 0 || name.indexOf(']') >= 0) {
            LOG.log(Level.WARNING, "The brand \"{0}\" has square brackets, which PrestaShop''s webservice filters "
                    + "cannot search: products of that brand get no manufacturer", name);
            id = Optional.empty();
        } else {
            id = find(name);
            if (id.isEmpty() && !refused) {
                id = create(name);
            }
        }
        if (!refused) {
            byName.put(key, id);
        }
        return id;
    }

    private Optional<String> find(String name) {
        var params = new LinkedHashMap<String, String>();
        params.put("filter[name]", name.indexOf('|') >= 0 || name.indexOf(',') >= 0 ? name : "[" + name + "]");
        params.put("display", "[id,name]");
        params.put("sort", "[id_ASC]");
        var reply = calls.get("manufacturers", params);
        if (refused(reply)) {
            return Optional.empty();
        }
        var list = PrestaShopXml.parse(PrestaShopPublisher.read(reply, "manufacturers").body());
        return PrestaShopXml.children(list.entity(), "manufacturer").stream()
                .filter(m -> PrestaShopPublisher.text(m, "name").equalsIgnoreCase(name))
                .map(m -> PrestaShopPublisher.text(m, "id")).findFirst();
    }

    private Optional<String> create(String name) {
        var blankReply = calls.get("manufacturers", Map.of("schema", "blank"));
        if (refused(blankReply)) {
            return Optional.empty();
        }
        var blank = PrestaShopXml.parse(PrestaShopPublisher.read(blankReply, "manufacturers").body());
        blank.remove("id", "link_rewrite");
        blank.set("name", name).set("active", "1");
        var reply = calls.post("manufacturers", blank.xml());
        if (refused(reply)) {
            return Optional.empty();
        }
        if (!reply.ok()) {
            LOG.log(Level.WARNING, "PrestaShop refused the manufacturer \"{0}\" (HTTP {1}: {2}): products of that "
                    + "brand get no manufacturer", new Object[] {name, reply.status(), PrestaShopPublisher.message(reply)});
            return Optional.empty();
        }
        String id = PrestaShopXml.parse(reply.body()).text("id");
        LOG.log(Level.INFO, "PrestaShop manufacturer {0} created for the brand \"{1}\"", new Object[] {id, name});
        return Optional.ofNullable(id);
    }

    private boolean refused(RemoteHttp.Reply reply) {
        if (PrestaShopPublisher.refused(reply)) {
            refused = true;
            LOG.log(Level.WARNING, "The webservice key may not use manufacturers (HTTP {0}): products get no "
                    + "manufacturer in this run", reply.status());
        }
        return refused;
    }
}
