package it.crocevia.testserver.prestashop;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * What a writable resource's PrestaShop class (an {@code ObjectModel} subclass) does when the
 * webservice writes it, beyond the generic field handling of {@link EntityWriter}: its
 * webservice setters, {@code ws_modifier}s, {@code add}/{@code update} side effects, association
 * setters and deletion. Every method runs under the store's write lock.
 */
interface Model {

    /** @return the model of a writable resource */
    static Model of(Resource resource) {
        return switch (resource.name) {
            case "products" -> ProductModel.INSTANCE;
            case "stock_availables" -> StockAvailableModel.INSTANCE;
            case "manufacturers" -> ManufacturerModel.INSTANCE;
            default -> throw new IllegalArgumentException(resource.name + " is not writable");
        };
    }

    /** A field with a webservice setter ({@code setWsType}) was given this text. */
    default void set(Draft draft, String field, String value) {
        // most computed fields' setters act on data this server does not keep
    }

    /**
     * The field modifiers for this method ({@code ws_modifier}), run after the body's fields are
     * read and before validation.
     */
    default void modify(Draft draft, String method, String version) throws WebserviceException {
        // none by default
    }

    /** {@code add()}: stores a new record and what the class creates with it. */
    Row add(Store store, Draft draft, LocalDateTime now) throws WebserviceException;

    /** {@code update()}: stores a changed record. */
    Row update(Store store, Draft draft, LocalDateTime now) throws WebserviceException;

    /**
     * An association of the body, after the record was saved: its setter's effect.
     *
     * @param entries the elements, each its fields' texts
     */
    default void associate(Store store, Resource resource, int id, String association,
            List<Map<String, String>> entries) {
        // without a setter the association is ignored, as PrestaShop ignores it
    }

    /** {@code delete()}: removes the record and what depends on it. */
    void delete(Store store, int id);
}
