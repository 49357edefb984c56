package gov.perftarget.api;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.ws.rs.core.Response;

/** A file to download: its bytes with a Content-Disposition that names it in Chinese (RFC 6266) and in ASCII. */
public final class Attachments {

    private Attachments() {
    }

    /** {@code name} as the UTF-8 file name; browsers without it get "{@code fallback}" plus the extension. */
    public static Response of(byte[] file, String name, String mediaType, String fallback) {
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        String extension = name.substring(name.lastIndexOf('.'));
        return Response.ok(file, mediaType)
                .header("Content-Disposition", "attachment; filename=\"" + fallback + extension + "\"; filename*=UTF-8''" + encoded)
                .build();
    }
}
