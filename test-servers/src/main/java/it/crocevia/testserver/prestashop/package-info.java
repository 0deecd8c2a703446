/**
 * A test server of PrestaShop's webservice (1.7, 8, 9), faithful where a client's behaviour
 * depends on it: authentication and its errors, output formats, list parameters and their error
 * codes, JSON shapes and value types, dates in the shop's time zone, and the quirks a sync meets
 * ({@code date=1}, empty lists as {@code []}, 404 without body, multilingual values).
 *
 * <p>Supported requests on {@code <shop>/api/...}:
 * <ul>
 *   <li>{@code GET /api/} - the resources the key may use, with its methods on each (JSON: a bare
 *       array of names);</li>
 *   <li>{@code /api/<resource>} - a list, with {@code display=full|[f1,f2,assoc[f3]]},
 *       {@code filter[field]=value|[v]|[a|b]|[min,max]|>[v]|<[v]|![a|b]|[v]%|%[v]|%[v]%},
 *       {@code date=1}, {@code sort=[f1_ASC,f2_DESC]} (or {@code f_ASC}),
 *       {@code limit=count} or {@code limit=offset,count}, {@code language=n|[n|m]|[n,m]};</li>
 *   <li>{@code /api/<resource>/<id>} - one record, with {@code display} and {@code language};</li>
 *   <li>{@code /api/<resource>?schema=blank|synopsis} - the empty record to fill for a
 *       {@code POST}, or with each field's {@code required}, {@code maxSize}, {@code format} and
 *       {@code readOnly};</li>
 *   <li>{@code POST /api/products}, {@code PUT}/{@code PATCH /api/products/<id>},
 *       {@code POST /api/manufacturers}, {@code PUT}/{@code PATCH /api/manufacturers/<id>} and
 *       {@code PUT}/{@code PATCH /api/stock_availables/<id>} with an XML body
 *       ({@code <prestashop><product>...</product></prestashop>}, also as the {@code xml}
 *       parameter), answering the written record; {@code DELETE /api/products/<id>} (or
 *       {@code ?id=[1,2]});</li>
 *   <li>{@code /api/images/products/<id>[/<image id>]}: a product's images listed, uploaded
 *       ({@code POST}, {@code multipart/form-data} field {@code image}), read and deleted;</li>
 *   <li>the key as Basic user name (any password) or {@code ws_key=}; the format by
 *       {@code output_format=JSON}, {@code io_format=JSON} or the {@code Output-Format} /
 *       {@code Io-Format} header, XML otherwise.</li>
 * </ul>
 * Query strings must be valid URIs: encode {@code > < |} and spaces (Java clients always do).
 * Response header names are sent as the JDK server normalizes them ({@code Psws-version}); HTTP
 * header names are case-insensitive.
 */
package it.crocevia.testserver.prestashop;
