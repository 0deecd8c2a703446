package it.crocevia.testserver.magento;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The errors a read-only integration meets, with Magento 2.4's exact texts and HTTP statuses
 * ({@code ErrorProcessor::maskException}: NoSuchEntityException 404, Authorization/Authentication
 * 401, other LocalizedException 400, anything else 500 with a report id).
 */
final class Errors {

    static final String INTERNAL_ERROR = "Internal Error. Details are available in Magento log file. Report ID: ";

    private Errors() {}

    /** {@code Webapi\Controller\Rest\Router::match}: no route for the path and method. */
    static MagentoException noRoute() {
        return MagentoException.of(404, "Request does not match any route.");
    }

    /** {@code RequestValidator::checkPermissions}: no valid token, or a token without the ACL resource. */
    static MagentoException unauthorized(String resources) {
        return MagentoException.named(401, "The consumer isn't authorized to access %resources.",
                map("resources", resources));
    }

    /** {@code Rest\Request::getHttpMethod} accepts only GET, POST, PUT and DELETE. */
    static MagentoException invalidMethod() {
        return MagentoException.of(400, "Request method is invalid.");
    }

    /** {@code Rest\Response\RendererFactory}: no renderer for the Accept header. */
    static MagentoException notAcceptable(String accept) {
        return MagentoException.positional(406, "Server cannot match any of the given Accept HTTP header media "
                + "type(s) from the request: \"%1\" with media types from the config of response renderer.",
                List.of(accept));
    }

    /** {@code ServiceInputProcessor::processInputError}: a required service parameter is missing. */
    static MagentoException required(String fieldName) {
        return MagentoException.named(400, "\"%fieldName\" is required. Enter and try again.",
                map("fieldName", fieldName));
    }

    /** {@code ServiceInputProcessor} (2.4.7+): a property the data interface has no getter for. */
    static MagentoException notSupported(String camelCaseProperty) {
        return MagentoException.named(400, "\"%fieldName\" is not supported. Correct the field name and try again.",
                map("fieldName", camelCaseProperty));
    }

    /** {@code TypeProcessor::processSimpleAndAnyType}, as a path parameter's error (rendered, no parameters). */
    static MagentoException invalidType(String value, String type) {
        return MagentoException.of(400, invalidTypeText(value, type));
    }

    /** A nested property's type error, wrapped by {@code _createFromArray} and rendered by {@code process}. */
    static MagentoException invalidPropertyType(String property, String value, String type) {
        return MagentoException.of(400, "Error occurred during \"" + property + "\" processing. "
                + invalidTypeText(value, type));
    }

    /** {@code Webapi\Validator\SearchCriteriaValidator} with input limiting enabled. */
    static MagentoException maximumPageSize(int max) {
        return MagentoException.named(400, "Maximum SearchCriteria pageSize is %max", map("max", max));
    }

    /** {@code Api\SortOrder::validateDirectionIsAscOrDesc}. */
    static MagentoException sortDirection() {
        return MagentoException.positional(400,
                "The sort order has to be specified as %1 for ascending order or %2 for descending order.",
                List.of("ASC", "DESC"));
    }

    /** {@code Api\SortOrder::validateField}: anything but letters, digits and underscores. */
    static MagentoException sortField(String field) {
        return MagentoException.positional(400, "Sort order field %1 contains restricted symbols", List.of(field));
    }

    /** {@code Sales\Model\OrderRepository::get} for an id that is not stored. */
    static MagentoException orderNotFound() {
        return MagentoException.of(404, "The entity that was requested doesn't exist. Verify the entity and try again.");
    }

    /**
     * {@code Catalog\Model\ProductRepository::get} for a SKU that is not stored (2.4.0 to 2.4.8;
     * 2.4.9 names the SKU: {@code The product with SKU "%1" does not exist.}).
     */
    static MagentoException productNotFound() {
        return MagentoException.of(404, "The product that was requested doesn't exist. Verify the product and try again.");
    }

    /** {@code CatalogInventory\Model\StockRegistry::resolveProductId}. */
    static MagentoException stockProductNotFound(String sku) {
        return MagentoException.positional(404, "Product with SKU \"%1\" does not exist", List.of(sku));
    }

    /** {@code Eav\Model\AttributeRepository::get} for an attribute code the entity type does not have. */
    static MagentoException attributeNotFound(String code) {
        return MagentoException.positional(404, "The attribute with a \"%1\" attributeCode doesn't exist. Verify the "
                + "attribute and try again.", List.of(code));
    }

    /**
     * {@code ProductRepository::save} when the save fails below the service (here: a category link
     * to a category that does not exist, a foreign key the database refuses).
     */
    static MagentoException productNotSaved() {
        return MagentoException.of(400, "The product was unable to be saved. Please try again.");
    }

    /** {@code ProductRepository::save} without a SKU (a {@code CouldNotSaveException}). */
    static MagentoException skuEmpty() {
        return MagentoException.positional(400, "The \"%1\" attribute value is empty. Set the attribute and try again.",
                List.of("sku"));
    }

    /**
     * A required attribute left empty, as the product's EAV validation reports it: the attribute's
     * label already in the text, no parameters ({@code AbstractEntity::walkAttributes} rewraps the
     * backend's exception with its rendered message).
     */
    static MagentoException attributeEmpty(String label) {
        return MagentoException.of(400, "The \"" + label + "\" attribute value is empty. Set the attribute and try again.");
    }

    /** {@code UrlRewrite\Model\Exception\UrlAlreadyExistsException}: two products with one URL key in a store. */
    static MagentoException urlKeyExists() {
        return MagentoException.of(400, "URL key for specified store already exists.");
    }

    /** {@code Sales\Model\OrderRepository::get} for id 0. */
    static MagentoException idNeeded() {
        return MagentoException.of(400, "An ID is needed. Set the ID and try again.");
    }

    /** {@code NoSuchEntityException::singleField}, e.g. for a customer or tax rule id. */
    static MagentoException noSuchEntity(String fieldName, Object fieldValue) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("fieldName", fieldName);
        parameters.put("fieldValue", fieldValue);
        return MagentoException.named(404, "No such entity with %fieldName = %fieldValue", parameters);
    }

    /** The EAV collection (customers) for a filter on an attribute that does not exist. */
    static MagentoException invalidAttribute(String attribute) {
        return MagentoException.positional(400, "Invalid attribute name: %1", List.of(attribute));
    }

    /** {@code Directory\Model\CountryInformationAcquirer::getCountryInfo}. */
    static MagentoException countryNotAvailable() {
        return MagentoException.of(404, "The country isn't available.");
    }

    /**
     * What production mode shows for an exception that is not a LocalizedException, such as the SQL
     * error of a filter or sort on a column {@code sales_order} does not have.
     */
    static MagentoException internal() {
        return MagentoException.of(500, INTERNAL_ERROR + reportId());
    }

    /** PHP's {@code uniqid("webapi-")}: seconds and microseconds in hexadecimal. */
    static String reportId() {
        long micros = System.currentTimeMillis() * 1000 + (System.nanoTime() / 1000) % 1000;
        return String.format(Locale.ROOT, "webapi-%08x%05x", micros / 1_000_000, micros % 1_000_000);
    }

    private static String invalidTypeText(String value, String type) {
        return "The \"" + value + "\" value's type is invalid. The \"" + type
                + "\" type was expected. Verify and try again.";
    }

    private static Map<String, Object> map(String key, Object value) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put(key, value);
        return parameters;
    }
}
