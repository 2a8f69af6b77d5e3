package org.vigil.api.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Gives every part of the WAR (rate limits, audit records, read audits) the client's own address behind a trusted
 * reverse proxy, through {@code getRemoteAddr()}: see {@link TrustedProxies}.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class ForwardedClientAddressFilter extends HttpFilter {

    private transient TrustedProxies proxies;

    @Override
    public void init() {
        proxies = TrustedProxies.parse(ConfigProvider.getConfig().getOptionalValue("vigil.trusted-proxies", String.class).orElse(""));
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        String forwardedFor = request.getHeader("X-Forwarded-For");
        String client = proxies.clientAddress(request.getRemoteAddr(), forwardedFor);
        if (client.equals(request.getRemoteAddr())) {
            chain.doFilter(request, response);
            return;
        }
        chain.doFilter(new HttpServletRequestWrapper(request) {
            @Override
            public String getRemoteAddr() {
                return client;
            }

            @Override
            public String getRemoteHost() {
                return client;
            }
        }, response);
    }
}
