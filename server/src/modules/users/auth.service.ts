import type { DataSource } from "typeorm";
import { AppError, badInput, isUniqueViolation } from "../../engine/errors.js";
import { hashPassword, MIN_PASSWORD_LENGTH, verifyPassword } from "../../engine/auth/passwords.js";
import { isRole, type Role } from "../../engine/auth/roles.js";
import { API_TOKEN_PREFIX, hashSecret, newSecret } from "../../engine/auth/tokens.js";
import type { Viewer } from "../../engine/auth/viewer.js";
import { User } from "./user.entity.js";

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

type ViewerRow = { user_id: string; workspace_id: string; email: string; name: string; role: string };

function toViewer(row: ViewerRow, via: Viewer["via"]): Viewer | null {
  if (!isRole(row.role)) return null;
  return { userId: row.user_id, workspaceId: row.workspace_id, email: row.email, name: row.name, role: row.role, via };
}

export class AuthService {
  constructor(
    private readonly db: DataSource,
    private readonly sessionTtlHours: number,
  ) {}

  async createUser(input: { workspaceId: string; email: string; role: string; password: string; name?: string }) {
    const email = input.email.trim().toLowerCase();
    if (!EMAIL.test(email)) throw badInput("email", "is not a valid email address");
    if (!isRole(input.role)) throw badInput("role", "must be one of admin, marketer, analyst");
    if (input.password.length < MIN_PASSWORD_LENGTH)
      throw badInput("password", `must be at least ${MIN_PASSWORD_LENGTH} characters`);
    const passwordHash = await hashPassword(input.password);
    try {
      return await this.db.getRepository(User).save({
        workspaceId: input.workspaceId,
        email,
        role: input.role,
        name: input.name ?? "",
        passwordHash,
      });
    } catch (error) {
      if (isUniqueViolation(error))
        throw new AppError("CONFLICT", `email: a user with ${email} already exists`, "email");
      throw error;
    }
  }

  /** Returns a new session secret for the cookie, or throws one message for any wrong credential. */
  async login(emailInput: string, password: string): Promise<{ secret: string; expiresAt: Date; user: User }> {
    const email = emailInput.trim().toLowerCase();
    const user = await this.db.getRepository(User).findOneBy({ email });
    // Verify against a dummy hash when the user is unknown, so timing does not reveal which emails exist.
    const ok = user
      ? await verifyPassword(user.passwordHash, password)
      : await verifyPassword(DUMMY_HASH, password).then(() => false);
    if (!user || !ok) throw new AppError("UNAUTHENTICATED", "Wrong email or password");
    const secret = newSecret();
    const expiresAt = new Date(Date.now() + this.sessionTtlHours * 3600_000);
    await this.db.query(`INSERT INTO user_sessions (token_hash, user_id, expires_at) VALUES ($1, $2, $3)`, [
      hashSecret(secret),
      user.id,
      expiresAt,
    ]);
    await this.db.query(`UPDATE users SET last_login_at = now() WHERE id = $1`, [user.id]);
    return { secret, expiresAt, user };
  }

  async logout(secret: string): Promise<void> {
    await this.db.query(`DELETE FROM user_sessions WHERE token_hash = $1`, [hashSecret(secret)]);
  }

  async viewerFromSession(secret: string): Promise<Viewer | null> {
    const rows: ViewerRow[] = await this.db.query(
      `SELECT u.id AS user_id, u.workspace_id, u.email, u.name, u.role
         FROM user_sessions s JOIN users u ON u.id = s.user_id
        WHERE s.token_hash = $1 AND s.expires_at > now()`,
      [hashSecret(secret)],
    );
    return rows[0] ? toViewer(rows[0], "session") : null;
  }

  async viewerFromToken(token: string): Promise<Viewer | null> {
    if (!token.startsWith(API_TOKEN_PREFIX)) return null;
    const rows: ViewerRow[] = await this.db.query(
      `WITH used AS (
         UPDATE api_tokens SET last_used_at = now()
          WHERE token_hash = $1 AND revoked_at IS NULL
          RETURNING user_id
       )
       SELECT u.id AS user_id, u.workspace_id, u.email, u.name, u.role FROM used JOIN users u ON u.id = used.user_id`,
      [hashSecret(token)],
    );
    return rows[0] ? toViewer(rows[0], "token") : null;
  }

  /** Creates an API token for the user with this email; the token is shown once and only its hash is kept. */
  async createToken(emailInput: string, name = "cli"): Promise<{ token: string; user: User }> {
    const email = emailInput.trim().toLowerCase();
    const user = await this.db.getRepository(User).findOneBy({ email });
    if (!user) throw new AppError("NOT_FOUND", `email: no user with ${email}`, "email");
    const token = API_TOKEN_PREFIX + newSecret();
    await this.db.query(`INSERT INTO api_tokens (user_id, name, token_hash, token_prefix) VALUES ($1, $2, $3, $4)`, [
      user.id,
      name,
      hashSecret(token),
      token.slice(0, API_TOKEN_PREFIX.length + 4),
    ]);
    return { token, user };
  }

  async purgeExpiredSessions(): Promise<void> {
    await this.db.query(`DELETE FROM user_sessions WHERE expires_at < now()`);
  }
}

export type { Role };

// argon2id hash of a random string, used only to equalise login timing.
const DUMMY_HASH = "$argon2id$v=19$m=65536,t=3,p=4$c29tZXNhbHRzb21lc2FsdA$Kk0v0mJ5H2Yl5Vb8m1m6xv2k3oX1l4p4uW2a3m2kq1I";
