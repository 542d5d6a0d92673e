import { type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { Link, useLocation } from 'react-router';
import { Icon } from './icon';

export interface HeaderNavItem {
  to: string;
  tekst: string;
}

export interface HeaderUser {
  navn: string;
  rolle: string;
  jobcenter: string;
}

interface AppHeaderProps {
  /** Absent on the login page. */
  user?: HeaderUser;
  navItems?: readonly HeaderNavItem[];
  onLogout?: () => void;
}

/** DKFDS header: portal line (product, user, "Log ud") and the navigation bar; a drawer below `lg`. */
export function AppHeader({ user, navItems = [], onLogout }: AppHeaderProps) {
  const [menuOpen, setMenuOpen] = useState(false);
  const menuButton = useRef<HTMLButtonElement>(null);
  const { pathname } = useLocation();

  // A link in the drawer changes the page; the drawer must not stay open over the new one.
  // biome-ignore lint/correctness/useExhaustiveDependencies: pathname is the trigger, not a value used inside.
  useEffect(() => setMenuOpen(false), [pathname]);

  const closeMenu = () => {
    setMenuOpen(false);
    menuButton.current?.focus();
  };
  const hasMenu = user !== undefined || navItems.length > 0;

  return (
    <header className="header">
      <div className="portal-info">
        <div className="portal-info-inner container">
          <Link to="/" className="portal-product">
            Jobcenter
          </Link>
          {hasMenu && (
            <button
              ref={menuButton}
              type="button"
              className="function-link button-menu-open js-menu-open ml-auto d-print-none"
              aria-haspopup="dialog"
              aria-expanded={menuOpen}
              onClick={() => setMenuOpen(true)}
            >
              <Icon name="menu" />
              Menu
            </button>
          )}
          {user && (
            <div className="portal-user">
              <p className="user">
                <strong>{user.navn}</strong>, {user.rolle}
                <br />
                <span className="small-text">{user.jobcenter}</span>
              </p>
              <LogoutButton onLogout={onLogout} />
            </div>
          )}
        </div>
      </div>
      {navItems.length > 0 && (
        <div className="navigation-menu">
          <div className="navigation-menu-inner container">
            <nav className="nav" aria-label="Hovedmenu">
              <NavList items={navItems} pathname={pathname} className="mainmenu" />
            </nav>
          </div>
        </div>
      )}
      {menuOpen && <MobileDrawer user={user} navItems={navItems} onLogout={onLogout} onClose={closeMenu} />}
    </header>
  );
}

function LogoutButton({ onLogout }: { onLogout: (() => void) | undefined }) {
  return (
    <button type="button" className="function-link d-print-none log-off" onClick={onLogout}>
      <Icon name="lock" />
      Log ud
    </button>
  );
}

function NavList({
  items,
  pathname,
  className,
}: {
  items: readonly HeaderNavItem[];
  pathname: string;
  className: string;
}) {
  return (
    <ul className={className}>
      {items.map((item) => {
        const current = pathname === item.to;
        const active = current || pathname.startsWith(`${item.to}/`);
        return (
          <li key={item.to} className={current ? 'active current' : active ? 'active' : undefined}>
            <Link
              to={item.to}
              className="nav-link"
              aria-current={current ? 'page' : active ? 'true' : undefined}
            >
              <span>{item.tekst}</span>
            </Link>
          </li>
        );
      })}
    </ul>
  );
}

function MobileDrawer({
  user,
  navItems,
  onLogout,
  onClose,
}: {
  user: HeaderUser | undefined;
  navItems: readonly HeaderNavItem[];
  onLogout: (() => void) | undefined;
  onClose: () => void;
}) {
  const closeButton = useRef<HTMLButtonElement>(null);
  const { pathname } = useLocation();
  useEffect(() => closeButton.current?.focus(), []);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') onClose();
  };

  return (
    <>
      <div
        className="mobile-drawer is-visible"
        role="dialog"
        aria-modal="true"
        aria-labelledby="menu-heading"
        onKeyDown={onKeyDown}
      >
        <div className="menu-top">
          <h2 id="menu-heading" className="menu-heading">
            Menu
          </h2>
          <button
            ref={closeButton}
            type="button"
            className="function-link button-menu-close"
            onClick={onClose}
          >
            <Icon name="close" />
            Luk
          </button>
        </div>
        {user && (
          <div className="portal-info-mobile">
            <p className="user">
              <span className="mb-3">{user.navn}</span>
              <span>
                {user.rolle}, {user.jobcenter}
              </span>
            </p>
            <p>
              <LogoutButton onLogout={onLogout} />
            </p>
          </div>
        )}
        {navItems.length > 0 && (
          <nav className="navigation-menu-mobile" aria-label="Hovedmenu">
            <NavList items={navItems} pathname={pathname} className="mainmenu" />
          </nav>
        )}
      </div>
      <div className="overlay is-visible" aria-hidden="true" onClick={onClose} />
    </>
  );
}
