package it.crocevia.connector.boundary;

/**
 * What publishing one product did.
 *
 * @param remoteId the platform's id of the product
 * @param imagesSkipped how many of its images could not be downloaded or were refused by the
 *     platform (0 when it already had images, which are then left alone)
 */
public record PublishResult(String remoteId, int imagesSkipped) {
}
