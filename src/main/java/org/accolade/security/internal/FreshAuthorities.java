package org.accolade.security.internal;

import java.io.IOException;
import java.util.HashSet;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.accolade.security.AccoladeUser;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Role changes take effect at once. A session keeps the authentication made at sign-in, so a withdrawn role would
 * work until the session ends: on each request that comes with a signed-in session, the member's account is read
 * again (one indexed read, small next to what a screen's round trip costs, and never stale, where a cache would
 * need every role change to reach it) and the session's roles replaced when they changed. An account that can no
 * longer sign in ends its sessions. HTTP Basic calls authenticate anew each time and carry no session.
 */
class FreshAuthorities extends OncePerRequestFilter {

    private final UserDetailsService users;
    private final SecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

    FreshAuthorities(UserDetailsService users) {
        this.users = users;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();
        HttpSession session = request.getSession(false);
        Authentication authentication = holder.getContext().getAuthentication();
        if (session != null && authentication != null && authentication.getPrincipal() instanceof AccoladeUser user) {
            refresh(user, authentication, holder, session, request, response);
        }
        chain.doFilter(request, response);
    }

    private void refresh(AccoladeUser signedIn, Authentication authentication, SecurityContextHolderStrategy holder,
            HttpSession session, HttpServletRequest request, HttpServletResponse response) {
        UserDetails current = current(signedIn);
        if (current == null) {
            holder.clearContext();
            session.invalidate();
        } else if (!new HashSet<>(current.getAuthorities()).equals(new HashSet<>(signedIn.getAuthorities()))) {
            var refreshed = UsernamePasswordAuthenticationToken.authenticated(current, null,
                    current.getAuthorities());
            refreshed.setDetails(authentication.getDetails());
            SecurityContext context = holder.createEmptyContext();
            context.setAuthentication(refreshed);
            holder.setContext(context);
            sessions.saveContext(context, request, response);
        }
    }

    /** The member as they are now, or null when their account can no longer sign in (or is someone else's). */
    private UserDetails current(AccoladeUser signedIn) {
        try {
            UserDetails current = users.loadUserByUsername(signedIn.getUsername());
            if (!(current instanceof AccoladeUser user) || !user.memberId().equals(signedIn.memberId())) {
                return null;
            }
            user.eraseCredentials();
            return user;
        } catch (UsernameNotFoundException gone) {
            return null;
        }
    }
}
