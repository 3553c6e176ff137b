package org.taperwise.cdshooks.hooks;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.taperwise.cdshooks.http.JsonResponses;

/** The discovery document ({@code GET /cds-services}): every service with its hook, title, description, prefetch. */
public final class Discovery {
    private Discovery() {
    }

    public static ObjectNode document() {
        ObjectNode root = JsonResponses.MAPPER.createObjectNode();
        ArrayNode services = root.putArray("services");
        for (CdsService s : CdsService.ALL) {
            ObjectNode n = services.addObject();
            n.put("hook", s.hook());
            n.put("title", s.title());
            n.put("description", s.description());
            n.put("id", s.id());
            ObjectNode prefetch = n.putObject("prefetch");
            CdsService.PREFETCH.forEach(prefetch::put);
        }
        return root;
    }
}
