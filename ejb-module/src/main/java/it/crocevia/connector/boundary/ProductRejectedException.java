package it.crocevia.connector.boundary;

/** The platform refused one product (a validation error of its own): reported, and the run goes on. */
public class ProductRejectedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ProductRejectedException(String message) {
        super(message);
    }
}
