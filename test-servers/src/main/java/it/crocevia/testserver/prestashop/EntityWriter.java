package it.crocevia.testserver.prestashop;

import it.crocevia.testserver.common.QueryParams;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The webservice's writes, in the order and with the codes of
 * {@code WebserviceRequest::saveEntityFromXml} and {@code executeEntityDelete}:
 * <ul>
 *   <li>the body must be XML ({@code <prestashop><product>...</product></prestashop>}; the
 *       webservice has no JSON input): anything else is a 500 with code 127 echoing the body;</li>
 *   <li>every child of the root is an entity, whatever its name; a {@code PUT} or {@code PATCH}
 *       needs an {@code <id>} in each (code 90) without duplicates (89) and finds the record by
 *       that id, not the URL's (404 with code 92 when missing); a {@code POST} must have none
 *       (91);</li>
 *   <li>the resource's fields are read in output order: a read-only one present is code 93; a
 *       required one absent is code 41; any other absent one becomes null, so a {@code PUT}
 *       replaces the whole record (an absent {@code active} is 0, an absent description empty in
 *       every language), while a {@code PATCH} keeps what it does not name; unknown elements are
 *       ignored;</li>
 *   <li>the class's modifiers run, then {@code validateFieldsLang} (code 84) and
 *       {@code validateFields} (code 85), each reporting its first error as
 *       {@code Validation error: "Property Product->price is not valid"};</li>
 *   <li>the record is saved, then its {@code <associations>}: an unknown one is code 86, after
 *       the record was saved, as in PrestaShop.</li>
 * </ul>
 * Each entity is saved before the next is read, so a failure leaves the earlier ones written.
 */
final class EntityWriter {

    private static final Pattern ID_LIST = Pattern.compile("^\\[(.*)\\]$");

    private final Store store;
    private final Supplier<LocalDateTime> clock;
    private final String version;

    /**
     * @param clock the shop's time, for the dates {@code add()} and {@code update()} set
     * @param version the PrestaShop version, whose PHP words the warnings
     */
    EntityWriter(Store store, Supplier<LocalDateTime> clock, String version) {
        this.store = store;
        this.clock = clock;
        this.version = version;
    }

    /**
     * A {@code POST}, {@code PUT} or {@code PATCH}.
     *
     * @return the records written, empty when the body held no entity
     */
    List<Row> save(Resource resource, String method, String body) throws WebserviceException {
        XmlInput xml;
        try {
            xml = XmlInput.parse(body);
        } catch (XmlInput.Malformed e) {
            String text = body == null ? "" : body;
            throw new WebserviceException(500, 127, "XML error : " + e.getMessage() + "\nXML length : "
                    + text.getBytes(StandardCharsets.UTF_8).length + "\nOriginal XML : " + text);
        }
        List<XmlInput> entities = xml.children();
        List<Integer> ids = new ArrayList<>();
        for (XmlInput entity : entities) {
            XmlInput id = entity.child("id");
            if (id != null && !id.text().isEmpty()) {
                ids.add((int) Php.intval(id.text()));
            }
        }
        boolean modifying = method.equals("PUT") || method.equals("PATCH");
        if (modifying && new HashSet<>(ids).size() != ids.size()) {
            throw new WebserviceException(400, 89, "id is duplicate in request");
        }
        if (modifying && ids.size() != entities.size()) {
            throw new WebserviceException(400, 90, "id is required when modifying a resource");
        }
        if (method.equals("POST") && !ids.isEmpty()) {
            throw new WebserviceException(400, 91, "id is forbidden when adding a new resource");
        }
        Model model = Model.of(resource);
        return store.writeChecked(s -> {
            List<Row> saved = new ArrayList<>();
            for (XmlInput entity : entities) {
                saved.add(saveOne(s, resource, model, method, entity));
            }
            return saved;
        });
    }

    private Row saveOne(Store s, Resource resource, Model model, String method, XmlInput entity)
            throws WebserviceException {
        Table table = s.table(resource);
        Draft draft;
        if (method.equals("POST")) {
            draft = Draft.create(resource);
        } else {
            Row row = table.get((int) Php.intval(entity.child("id").text()));
            if (row == null) {
                throw new WebserviceException(404, 92, "Invalid ID");
            }
            draft = Draft.load(resource, row);
        }
        boolean patch = method.equals("PATCH");
        for (Field field : resource.fields) {
            String name = field.name();
            XmlInput node = entity.child(name);
            if (patch && node == null) {
                continue;
            }
            if (field.i18n()) {
                List<XmlInput> languages = node == null ? List.of() : node.all("language");
                if (languages.isEmpty()) {
                    draft.clearTexts(name);
                }
                for (XmlInput language : languages) {
                    draft.setText(name, (int) Php.intval(language.attribute("id")), language.text());
                }
            } else if (node != null) {
                if (field.input().readOnly()) {
                    throw new WebserviceException(400, 93, "parameter \"" + name
                            + "\" not writable. Please remove this attribute of this XML");
                }
                if (!field.input().stored()) {
                    model.set(draft, name, node.text());
                } else if (!name.equals("id")) {
                    draft.set(name, node.text());
                }
            } else if (field.input().required()) {
                throw new WebserviceException(400, 41, "parameter \"" + name + "\" required");
            } else if (field.input().stored() && !name.equals("id")) {
                draft.set(name, null);
            }
        }
        model.modify(draft, method, version);
        String langError = draft.validateFieldsLang(patch);
        if (langError != null) {
            throw new WebserviceException(400, 84, "Validation error: \"" + langError + "\"");
        }
        String error = draft.validateFields(patch);
        if (error != null) {
            throw new WebserviceException(400, 85, "Validation error: \"" + error + "\"");
        }
        LocalDateTime now = clock.get();
        Row saved = method.equals("POST") ? model.add(s, draft, now) : model.update(s, draft, now);
        XmlInput associations = entity.child("associations");
        if (associations != null) {
            for (XmlInput association : associations.children()) {
                if (resource.association(association.name()) != null) {
                    model.associate(s, resource, saved.id, association.name(), entries(association));
                } else if (!association.name().equals("i18n")) {
                    throw new WebserviceException(400, 86, "The association \"" + association.name()
                            + "\" does not exists");
                }
            }
        }
        return table.get(saved.id);
    }

    /** Each element of an association as its fields' texts. */
    private static List<Map<String, String>> entries(XmlInput association) {
        List<Map<String, String>> entries = new ArrayList<>();
        for (XmlInput element : association.children()) {
            Map<String, String> entry = new LinkedHashMap<>();
            element.children().forEach(field -> entry.put(field.name(), field.text()));
            entries.add(entry);
        }
        return entries;
    }

    /**
     * A {@code DELETE} of {@code /api/<resource>/<id>}, or of the ids of {@code ?id=[1,2]}; every
     * id must exist (else 404 with code 87 listing the missing ones, and nothing is deleted).
     */
    void delete(Resource resource, String idSegment, QueryParams query) throws WebserviceException {
        List<String> ids = new ArrayList<>();
        if (query.has("id")) {
            Matcher list = ID_LIST.matcher(query.string("id") == null ? "" : query.string("id"));
            if (list.matches()) {
                ids.addAll(List.of(list.group(1).split(",", -1)));
            }
        } else {
            ids.add(Long.toString(Php.intval(idSegment)));
        }
        Model model = Model.of(resource);
        store.writeChecked(s -> {
            Table table = s.table(resource);
            List<String> missing = ids.stream().filter(id -> table.get((int) Php.intval(id)) == null).toList();
            if (!missing.isEmpty() || ids.isEmpty()) {
                throw new WebserviceException(404, 87, "Id(s) not exists: " + String.join(", ", missing));
            }
            ids.forEach(id -> model.delete(s, (int) Php.intval(id)));
            return null;
        });
    }
}
