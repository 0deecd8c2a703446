package it.crocevia.testserver.magento;

import it.crocevia.testserver.magento.ReferenceData.StoreView;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The routes served, with the ACL resources of their {@code webapi.xml}: orders
 * ({@code Magento_Sales::actions_view}), customers ({@code Magento_Customer::customer}), the store
 * structure ({@code Magento_Backend::store}), directory information (anonymous), taxes
 * ({@code Magento_Tax::manage_tax}), products ({@code Magento_Catalog::products}: search, get,
 * create, create-or-update, delete), categories ({@code Magento_Catalog::categories}), attribute
 * options ({@code Magento_Catalog::attributes_attributes}) and stock
 * ({@code Magento_CatalogInventory::cataloginventory}).
 *
 * <p>Order statuses: Magento 2 has no core REST endpoint listing order statuses or states (only
 * {@code GET /V1/orders/{id}/statuses}, which answers one order's status). A client must work
 * with the states and statuses it sees on orders and Magento's default set: {@code new/pending},
 * {@code pending_payment/pending_payment}, {@code processing/processing},
 * {@code complete/complete}, {@code closed/closed}, {@code canceled/canceled},
 * {@code holded/holded}, {@code payment_review/payment_review} and {@code fraud}, plus any status
 * a shop adds (the generator uses {@code processing/in_preparazione}).
 */
final class Services {

    private final MagentoTestServer shop;

    Services(MagentoTestServer shop) {
        this.shop = shop;
    }

    List<Route> routes() {
        List<Route> routes = new ArrayList<>();
        String sales = "Magento_Sales::actions_view";
        routes.add(new Route("/V1/orders", sales, this::searchOrders));
        routes.add(new Route("/V1/orders/:id", sales, this::order));
        String customers = "Magento_Customer::customer";
        routes.add(new Route("/V1/customers/search", customers, this::searchCustomers));
        routes.add(new Route("/V1/customers/:customerId", customers, this::customer));
        String store = "Magento_Backend::store";
        routes.add(new Route("/V1/store/storeViews", store, r -> Responses.ok(r, StoreRenderer::storeViews)));
        routes.add(new Route("/V1/store/storeGroups", store, r -> Responses.ok(r, StoreRenderer::storeGroups)));
        routes.add(new Route("/V1/store/websites", store, r -> Responses.ok(r, StoreRenderer::websites)));
        routes.add(new Route("/V1/store/storeConfigs", store, this::storeConfigs));
        routes.add(new Route("/V1/directory/currency", "anonymous", r -> Responses.ok(r, StoreRenderer::currency)));
        routes.add(new Route("/V1/directory/countries", "anonymous",
                r -> Responses.ok(r, out -> StoreRenderer.countries(out, r.store()))));
        routes.add(new Route("/V1/directory/countries/:countryId", "anonymous", this::country));
        String tax = "Magento_Tax::manage_tax";
        routes.add(new Route("/V1/taxRules/search", tax, r -> searchTax(r, TaxData.RULES, TaxData.RULE)));
        routes.add(new Route("/V1/taxRules/:ruleId", tax, r -> tax(r, TaxData.RULES, "ruleId", "taxRuleId")));
        routes.add(new Route("/V1/taxRates/search", tax, r -> searchTax(r, TaxData.RATES, TaxData.RATE)));
        routes.add(new Route("/V1/taxRates/:rateId", tax, r -> tax(r, TaxData.RATES, "rateId", "taxRateId")));
        String products = "Magento_Catalog::products";
        routes.add(new Route("/V1/products", products, this::searchProducts));
        routes.add(new Route("/V1/products/:sku", products, this::product));
        routes.add(new Route("POST", "/V1/products", products, this::saveProduct));
        routes.add(new Route("PUT", "/V1/products/:sku", products, this::saveProduct));
        routes.add(new Route("DELETE", "/V1/products/:sku", products, this::deleteProduct));
        String categories = "Magento_Catalog::categories";
        routes.add(new Route("/V1/categories", categories, this::categoryTree));
        routes.add(new Route("/V1/categories/list", categories, this::searchCategories));
        routes.add(new Route("/V1/products/attributes/:attributeCode/options", "Magento_Catalog::attributes_attributes",
                this::attributeOptions));
        String inventory = "Magento_CatalogInventory::cataloginventory";
        routes.add(new Route("/V1/stockItems/:productSku", inventory, this::stockItem));
        routes.add(new Route("PUT", "/V1/products/:productSku/stockItems/:itemId", inventory, this::updateStockItem));
        return List.copyOf(routes);
    }

    private void searchOrders(RestRequest request) throws MagentoException, IOException {
        SearchCriteria criteria = new SearchCriteriaParser(shop.inputLimits()).parse(request.query());
        SearchPlan<SalesOrder> plan = new SearchPlan<>(criteria, OrderFields.INSTANCE, shop.pastLastPage());
        SearchPlan.Page<SalesOrder> page = shop.database().read(db -> plan.run(db.orders));
        Responses.ok(request, out -> SearchResultWriter.write(out, page.items(), criteria, page.totalCount(),
                OrderRenderer::write));
    }

    private void order(RestRequest request) throws MagentoException, IOException {
        int id = request.intVariable("id");
        if (id == 0) {
            throw Errors.idNeeded();
        }
        SalesOrder order = shop.database().read(db -> db.orders.get(id));
        if (order == null) {
            throw Errors.orderNotFound();
        }
        Responses.ok(request, out -> OrderRenderer.write(out, order));
    }

    private void searchCustomers(RestRequest request) throws MagentoException, IOException {
        SearchCriteria criteria = new SearchCriteriaParser(shop.inputLimits()).parse(request.query());
        SearchPlan<Customer> plan = new SearchPlan<>(criteria, CustomerFields.INSTANCE, shop.pastLastPage());
        SearchPlan.Page<Customer> page = shop.database().read(db -> plan.run(db.customers));
        Responses.ok(request, out -> SearchResultWriter.write(out, page.items(), criteria, page.totalCount(),
                CustomerRenderer::write));
    }

    private void customer(RestRequest request) throws MagentoException, IOException {
        int id = request.intVariable("customerId");
        Customer customer = shop.database().read(db -> db.customers.get(id));
        if (customer == null) {
            throw Errors.noSuchEntity("customerId", id);
        }
        Responses.ok(request, out -> CustomerRenderer.write(out, customer));
    }

    /** {@code storeCodes[]=default} limits the answer; unknown codes are skipped. */
    private void storeConfigs(RestRequest request) throws IOException {
        Map<String, Object> codes = request.query().map("storeCodes");
        List<StoreView> stores = ReferenceData.STORE_VIEWS.stream().filter(store -> store.id() != 0)
                .filter(store -> codes.isEmpty() || codes.containsValue(store.code())).toList();
        Responses.ok(request, out -> StoreRenderer.storeConfigs(out, shop.shopUrl() + "/", stores));
    }

    private void country(RestRequest request) throws MagentoException, IOException {
        ReferenceData.Country country = ReferenceData.country(request.variables().get("countryId"))
                .orElseThrow(Errors::countryNotAvailable);
        Responses.ok(request, out -> StoreRenderer.country(out, country, request.store()));
    }

    private void searchTax(RestRequest request, EntityTable<Record> table, Schema schema)
            throws MagentoException, IOException {
        SearchCriteria criteria = new SearchCriteriaParser(shop.inputLimits()).parse(request.query());
        SearchPlan<Record> plan = new SearchPlan<>(criteria, RecordFields.of(schema), shop.pastLastPage());
        SearchPlan.Page<Record> page = plan.run(table);
        Responses.ok(request, out -> SearchResultWriter.write(out, page.items(), criteria, page.totalCount(),
                Services::taxRecord));
    }

    private void tax(RestRequest request, EntityTable<Record> table, String variable, String fieldName)
            throws MagentoException, IOException {
        int id = request.intVariable(variable);
        Record record = table.get(id);
        if (record == null) {
            throw Errors.noSuchEntity(fieldName, id);
        }
        Responses.ok(request, out -> taxRecord(out, record));
    }

    private void searchProducts(RestRequest request) throws MagentoException, IOException {
        int storeId = request.store().id();
        SearchCriteria criteria = new SearchCriteriaParser(shop.inputLimits()).parse(request.query());
        SearchPlan<CatalogProduct> plan = new SearchPlan<>(criteria, new ProductFields(storeId), shop.pastLastPage());
        SearchPlan.Page<CatalogProduct> page = shop.database().read(db -> plan.run(db.products));
        Responses.ok(request, out -> SearchResultWriter.write(out, page.items(), criteria, page.totalCount(),
                (json, product) -> ProductRenderer.write(json, product, storeId, false)));
    }

    private void product(RestRequest request) throws MagentoException, IOException {
        CatalogProduct product = shop.database().readChecked(db -> ProductRepository.get(db,
                request.variables().get("sku")));
        Responses.ok(request, out -> ProductRenderer.write(out, product, request.store().id(), true));
    }

    /**
     * {@code POST /V1/products} and {@code PUT /V1/products/{sku}}: the same {@code save}, the URL's
     * SKU replacing the body's on a PUT (a SKU cannot be changed through the API).
     */
    private void saveProduct(RestRequest request) throws MagentoException, IOException {
        ProductInput input = ProductInput.parse(request.body("product"));
        String urlSku = request.variables().get("sku");
        if (urlSku != null) {
            input.fields.put("sku", urlSku);
        }
        CatalogProduct saved = shop.database().writeChecked(db -> ProductRepository.save(db, input, request.store(),
                shop.data().now()));
        Responses.ok(request, out -> ProductRenderer.write(out, saved, request.store().id(), true));
    }

    /** {@code DELETE /V1/products/{sku}}: {@code true}. */
    private void deleteProduct(RestRequest request) throws MagentoException, IOException {
        shop.database().writeChecked(db -> {
            ProductRepository.delete(db, request.variables().get("sku"));
            return null;
        });
        Responses.send(request.exchange(), 200, "true");
    }

    /**
     * {@code CategoryManagement::getTree}: from {@code rootCategoryId}, else the Root Catalog in the
     * admin scope and the store's root category in a store view; {@code depth} levels below it.
     */
    private void categoryTree(RestRequest request) throws MagentoException, IOException {
        StoreView store = request.store();
        String rootParameter = request.query().string("rootCategoryId");
        String depthParameter = request.query().string("depth");
        Integer depth = depthParameter == null || depthParameter.isEmpty() ? null : intParameter(depthParameter);
        Category root = shop.database().readChecked(db -> {
            int id = rootParameter == null || rootParameter.isEmpty()
                    ? store.id() == 0 ? MagentoDefaults.CATEGORY_ROOT_CATALOG : ReferenceData.rootCategory(store)
                    : intParameter(rootParameter);
            Category found = db.catalog.categories.get(id);
            if (found == null) {
                throw Errors.noSuchEntity("id", id);
            }
            return found;
        });
        Responses.ok(request, out -> shop.database().read(db -> {
            CategoryRenderer.tree(out, db, root, store.id(), depth);
            return null;
        }));
    }

    private void searchCategories(RestRequest request) throws MagentoException, IOException {
        int storeId = request.store().id();
        SearchCriteria criteria = new SearchCriteriaParser(shop.inputLimits()).parse(request.query());
        SearchPlan<Record> plan = new SearchPlan<>(criteria, RecordFields.of(CategoryRenderer.CATEGORY),
                shop.pastLastPage());
        SearchPlan.Page<Record> page = shop.database().read(db -> plan.run(CategoryRenderer.records(db.catalog,
                storeId)));
        Responses.ok(request, out -> shop.database().read(db -> {
            SearchResultWriter.write(out, page.items(), criteria, page.totalCount(),
                    (json, record) -> CategoryRenderer.item(json, db.catalog, record));
            return null;
        }));
    }

    /**
     * {@code ProductAttributeOptionManagementInterface::getItems}: Magento's empty option first,
     * then each option's admin label and id; 404 for an attribute that does not exist.
     */
    private void attributeOptions(RestRequest request) throws MagentoException, IOException {
        String code = request.variables().get("attributeCode");
        Map<Integer, String> options = shop.database().read(db -> db.catalog.options(code));
        if (options == null) {
            throw Errors.attributeNotFound(code);
        }
        Responses.ok(request, out -> {
            out.startArray();
            out.startObject().field("label", " ").field("value", "").end();
            options.forEach((id, label) -> out.startObject().field("label", label).field("value", Integer.toString(id))
                    .end());
            out.end();
        });
    }

    private void stockItem(RestRequest request) throws MagentoException, IOException {
        String sku = request.variables().get("productSku");
        Record item = shop.database().readChecked(db -> stockProduct(db, sku).stockItem());
        Responses.ok(request, out -> ProductRenderer.stockItem(out, null, item));
    }

    /** {@code updateStockItemBySku}: the stock item's id, the URL's item id not being used. */
    private void updateStockItem(RestRequest request) throws MagentoException, IOException {
        String sku = request.variables().get("productSku");
        Map<String, Object> changes = ProductInput.stockItem(request.body("stockItem"));
        int itemId = shop.database().writeChecked(db -> {
            CatalogProduct product = stockProduct(db, sku);
            Record item = StockRegistry.update(product.stockItem(), changes, shop.data().now());
            db.putProduct(new CatalogProduct(product.product(), product.attributes(), product.storeValues(),
                    product.websiteIds(), product.categoryLinks(), item, product.media()));
            return (Integer) item.get("item_id");
        });
        Responses.send(request.exchange(), 200, Integer.toString(itemId));
    }

    /** A query parameter of type int, converted as a path variable is. */
    private static int intParameter(String value) throws MagentoException {
        if (!Php.isNumeric(value)) {
            throw Errors.invalidType(value, "int");
        }
        return Php.toInt(value);
    }

    private static CatalogProduct stockProduct(ShopDatabase db, String sku) throws MagentoException {
        Integer id = db.productId(sku);
        if (id == null) {
            throw Errors.stockProductNotFound(sku);
        }
        return db.products.get(id);
    }

    private static void taxRecord(JsonOut out, Record record) {
        out.startObject();
        Fields.write(out, record);
        Object subtotal = record.schema.indexOf("calculate_subtotal") >= 0 ? record.get("calculate_subtotal") : null;
        if (subtotal != null) {
            out.field("calculate_subtotal", subtotal);
        }
        out.end();
    }
}
