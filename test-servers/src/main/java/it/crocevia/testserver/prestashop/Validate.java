package it.crocevia.testserver.prestashop;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The methods of PrestaShop's {@code Validate} class that the writable resources name, with the
 * regular expressions of PrestaShop 8 (URLs without accented characters, the default; iframes
 * not allowed in HTML). {@code ObjectModel::validateField} calls them only on a non-empty value:
 * PHP's {@code empty()} is true for "" and "0".
 */
final class Validate {

    private static final Pattern DIGITS = Pattern.compile("[0-9]+");
    private static final Pattern PRICE = Pattern.compile("[0-9]{1,10}(\\.[0-9]{1,9})?");
    private static final Pattern REFERENCE = Pattern.compile("[^<>;={}]*");
    private static final Pattern GENERIC_NAME = Pattern.compile("[^<>={}]*");
    private static final Pattern CATALOG_NAME = Pattern.compile("[^<>;=#{}]*");
    private static final Pattern LINK_REWRITE = Pattern.compile("[_a-zA-Z0-9\\-]+");
    private static final Pattern EAN13 = Pattern.compile("[0-9]{0,13}");
    private static final Pattern ISBN = Pattern.compile("[0-9-]{0,32}");
    private static final Pattern UPC = Pattern.compile("[0-9]{0,12}");
    private static final Pattern VISIBILITY = Pattern.compile("^both|catalog|search|none$", Pattern.CASE_INSENSITIVE);
    private static final Pattern DATE = Pattern.compile(
            "([0-9]{4})-((?:0?[0-9])|(?:1[0-2]))-((?:0?[0-9])|(?:[1-2][0-9])|(?:3[01]))( [0-9]{2}:[0-9]{2}:[0-9]{2})?");
    private static final Pattern SCRIPT = Pattern.compile("<[\\s]*script", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern EVENT = Pattern.compile(
            "(onmousedown|onmousemove|onmmouseup|onmouseover|onmouseout|onload|onunload|onfocus|onblur|onchange"
            + "|onsubmit|ondblclick|onclick|onkeydown|onkeyup|onkeypress|onmouseenter|onmouseleave|onerror"
            + "|onselect|onreset|onabort|ondragdrop|onresize|onactivate|onafterprint|onmoveend|onafterupdate"
            + "|onbeforeactivate|onbeforecopy|onbeforecut|onbeforedeactivate|onbeforeeditfocus|onbeforepaste"
            + "|onbeforeprint|onbeforeunload|onbeforeupdate|onmove|onbounce|oncellchange|oncontextmenu"
            + "|oncontrolselect|oncopy|oncut|ondataavailable|ondatasetchanged|ondatasetcomplete|ondeactivate"
            + "|ondrag|ondragend|ondragenter|onmousewheel|ondragleave|ondragover|ondragstart|ondrop"
            + "|onerrorupdate|onfilterchange|onfinish|onfocusin|onfocusout|onhashchange|onhelp|oninput"
            + "|onlosecapture|onmessage|onmouseup|onmovestart|onoffline|ononline|onpaste|onpropertychange"
            + "|onreadystatechange|onresizeend|onresizestart|onrowenter|onrowexit|onrowsdelete|onrowsinserted"
            + "|onscroll|onsearch|onselectionchange|onselectstart|onstart|onstop)[\\s]*=",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern SCRIPT_URL = Pattern.compile(".*script:", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern EMBEDDED = Pattern.compile("<[\\s]*(i?frame|form|input|embed|object)",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private Validate() {}

    /**
     * @param method a {@code Validate} method name, as the class definition spells it
     * @return whether the value passes it
     */
    static boolean check(String method, String value) {
        return switch (method.toLowerCase(java.util.Locale.ROOT)) {
            case "isunsignedid", "isunsignedint" -> DIGITS.matcher(value).matches() && value.length() < 11
                    && Long.parseLong(value) < 4_294_967_296L;
            case "isint" -> Long.toString(Php.intval(value)).equals(value);
            case "isbool" -> value.equals("0") || value.equals("1");
            case "isprice" -> PRICE.matcher(value).matches();
            case "isunsignedfloat" -> Php.isNumeric(value) && Double.parseDouble(value.strip()) >= 0;
            case "isreference", "ismpn" -> REFERENCE.matcher(value).matches();
            case "isgenericname" -> GENERIC_NAME.matcher(value).matches();
            case "iscatalogname" -> CATALOG_NAME.matcher(value).matches();
            case "islinkrewrite" -> LINK_REWRITE.matcher(value).matches();
            case "isean13" -> EAN13.matcher(value).matches();
            case "isisbn" -> ISBN.matcher(value).matches();
            case "isupc" -> UPC.matcher(value).matches();
            case "isproductvisibility" -> VISIBILITY.matcher(value).find();
            case "isdateformat" -> DATE.matcher(value).matches();
            case "isdate" -> isDate(value);
            case "iscleanhtml" -> !SCRIPT.matcher(value).find() && !EVENT.matcher(value).find()
                    && !SCRIPT_URL.matcher(value).lookingAt() && !EMBEDDED.matcher(value).find();
            case "isstring" -> true;
            default -> throw new IllegalArgumentException("no validator " + method);
        };
    }

    /** {@code Validate::isDate}: the pattern, and {@code checkdate} on the day (a zero date passes). */
    private static boolean isDate(String value) {
        Matcher date = DATE.matcher(value);
        if (!date.matches()) {
            return false;
        }
        int year = Integer.parseInt(date.group(1));
        int month = Integer.parseInt(date.group(2));
        int day = Integer.parseInt(date.group(3));
        if (year == 0 && month == 0 && day == 0) {
            return true;
        }
        try {
            LocalDate.of(year, month, day);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
