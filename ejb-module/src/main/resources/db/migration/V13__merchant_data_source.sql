-- Google Shopping through the Merchant API: the id of the merchant account's data source (one that
-- takes products through the API) that productInputs.insert writes to.
ALTER TABLE shop_account
    ADD COLUMN merchant_data_source VARCHAR(32);
