import {
  CATEGORY_PICKER,
  CONTENT_PAGES,
  CURRENCY,
  pickProduct,
  type Product,
  SEARCH_TERMS,
  STORE_URL,
} from "./catalog.js";
import type { JsonObject } from "./demo-types.js";
import type { Rng } from "./random.js";
import type { PageSpec, Session } from "./session.js";

const SITE = "Lumen & Co.";

export const pages = {
  home: (): PageSpec => ({ name: "Home", path: "/", title: `${SITE} – Clothing & Lifestyle` }),
  category: (category: string): PageSpec => ({
    name: "Category",
    path: `/c/${category}`,
    title: `${category.charAt(0).toUpperCase()}${category.slice(1)} | ${SITE}`,
    properties: { category },
  }),
  product: (p: Product): PageSpec => ({
    name: "Product",
    path: `/p/${p.slug}`,
    title: `${p.name} | ${SITE}`,
    properties: { category: p.category, product_id: p.productId },
  }),
  search: (term: string): PageSpec => ({
    name: "Search",
    path: `/search?q=${encodeURIComponent(term)}`,
    title: `Search: ${term} | ${SITE}`,
  }),
  cart: (): PageSpec => ({ name: "Cart", path: "/cart", title: `Your bag | ${SITE}` }),
  checkout: (): PageSpec => ({ name: "Checkout", path: "/checkout", title: `Checkout | ${SITE}` }),
  signUp: (): PageSpec => ({ name: "Sign Up", path: "/account/register", title: `Create an account | ${SITE}` }),
  signIn: (): PageSpec => ({ name: "Sign In", path: "/account/login", title: `Sign in | ${SITE}` }),
  account: (): PageSpec => ({ name: "Account", path: "/account", title: `Your account | ${SITE}` }),
  confirmation: (orderId: string): PageSpec => ({
    name: "Order Confirmation",
    path: `/checkout/thank-you/${orderId}`,
    title: `Thank you for your order | ${SITE}`,
  }),
};

/** What a person tends to look at: a favourite category, a second one, and now and then anything. */
export type Interests = { primary: string; secondary: string };

export function drawInterests(rng: Rng): Interests {
  const primary = CATEGORY_PICKER.pick(rng);
  let secondary = CATEGORY_PICKER.pick(rng);
  for (let i = 0; secondary === primary && i < 5; i++) secondary = CATEGORY_PICKER.pick(rng);
  return { primary, secondary };
}

export function interestingCategory(rng: Rng, interests: Interests): string {
  const roll = rng.next();
  return roll < 0.55 ? interests.primary : roll < 0.8 ? interests.secondary : CATEGORY_PICKER.pick(rng);
}

export function productProperties(p: Product): JsonObject {
  return {
    product_id: p.productId,
    sku: p.sku,
    category: p.category,
    name: p.name,
    brand: p.brand,
    price: p.price,
    currency: CURRENCY,
    url: `${STORE_URL}/p/${p.slug}`,
  };
}

export type BasketItem = { product: Product; quantity: number };

/** Products whose total lands near the amount this order is meant to be worth. */
export function buildBasket(rng: Rng, target: number, interests: Interests): BasketItem[] {
  const items: BasketItem[] = [];
  let subtotal = 0;
  for (let tries = 0; tries < 14 && (items.length === 0 || subtotal < 0.8 * target) && items.length < 6; tries++) {
    const product = pickProduct(rng, interestingCategory(rng, interests));
    if (items.length > 0 && subtotal + product.price > target * 1.2) continue;
    if (items.length === 0 && product.price > target * 1.6 && tries < 10) continue;
    const quantity = product.price < 30 && rng.chance(0.25) ? 2 : 1;
    items.push({ product, quantity });
    subtotal += product.price * quantity;
  }
  return items;
}

const cents = (value: number) => Math.round(value * 100) / 100;

/** `orderId` is absent for a checkout that never completes. */
export type Order = {
  orderId?: string;
  basket: BasketItem[];
  coupon?: { code: string; percent: number };
  country: string;
};

/** Segment e-commerce `Order Completed` / `Checkout Started` properties; revenue excludes shipping and tax. */
export function orderProperties(order: Order): JsonObject & { revenue: number } {
  const subtotal = cents(order.basket.reduce((sum, item) => sum + item.product.price * item.quantity, 0));
  const discount = order.coupon ? cents((subtotal * order.coupon.percent) / 100) : 0;
  const revenue = cents(subtotal - discount);
  const shipping = revenue >= 75 ? 0 : 6.95;
  // Sales tax for US orders; prices elsewhere include VAT.
  const tax = order.country === "US" ? cents(revenue * 0.08) : 0;
  return {
    ...(order.orderId ? { order_id: order.orderId } : {}),
    affiliation: "Lumen Online Store",
    total: cents(revenue + shipping + tax),
    subtotal,
    revenue,
    shipping,
    tax,
    discount,
    ...(order.coupon ? { coupon: order.coupon.code } : {}),
    currency: CURRENCY,
    products: order.basket.map((item, position) => ({
      product_id: item.product.productId,
      sku: item.product.sku,
      name: item.product.name,
      category: item.product.category,
      brand: item.product.brand,
      price: item.product.price,
      quantity: item.quantity,
      position: position + 1,
    })),
  };
}

function landingPage(rng: Rng, interests: Interests): PageSpec {
  const roll = rng.next();
  if (roll < 0.35) return pages.home();
  if (roll < 0.6) return pages.category(interestingCategory(rng, interests));
  if (roll < 0.88) return pages.product(pickProduct(rng, interestingCategory(rng, interests)));
  if (roll < 0.95) return pages.search(rng.pick(SEARCH_TERMS));
  const [name, path, title] = rng.pick(CONTENT_PAGES);
  return { name, path, title };
}

function viewProduct(session: Session, rng: Rng, product: Product): void {
  session.pause(5, 60).view(pages.product(product)).track("Product Viewed", productProperties(product));
  if (rng.chance(0.05)) session.pause(10, 40).view(pages.product(product));
}

/** Looking around: a landing page, a few products, sometimes a cart that is left behind. */
export function browse(session: Session, rng: Rng, interests: Interests, country: string, depth = 1): void {
  session.view(landingPage(rng, interests));
  const products = Math.min(6, rng.poisson(1.3 * depth));
  let carted: Product | undefined;
  for (let i = 0; i < products; i++) {
    const category = interestingCategory(rng, interests);
    if (rng.chance(0.3)) session.pause(5, 30).view(pages.category(category));
    const product = pickProduct(rng, category);
    viewProduct(session, rng, product);
    if (!carted && rng.chance(0.12)) {
      carted = product;
      session.pause(5, 40).track("Product Added", { ...productProperties(product), quantity: 1, cart_id: rng.hex(16) });
    }
  }
  if (carted && rng.chance(0.3)) {
    session.pause(10, 60).view(pages.cart()).pause(5, 30).view(pages.checkout());
    session.track("Checkout Started", orderProperties({ basket: [{ product: carted, quantity: 1 }], country }));
  }
}

/** A visit that ends in an order: view, add to cart, check out, pay. Returns the order's revenue. */
export function purchase(session: Session, rng: Rng, interests: Interests, order: Order & { orderId: string }): number {
  if (rng.chance(0.5)) session.view(landingPage(rng, interests));
  const cartId = rng.hex(16);
  for (const item of order.basket) {
    viewProduct(session, rng, item.product);
    session
      .pause(5, 60)
      .track("Product Added", { ...productProperties(item.product), quantity: item.quantity, cart_id: cartId });
  }
  const completed = orderProperties(order);
  session.pause(10, 90).view(pages.cart()).pause(5, 40).view(pages.checkout());
  session.track("Checkout Started", orderProperties(order));
  session.pause(40, 240).track("Order Completed", completed).pause(1, 3).view(pages.confirmation(order.orderId));
  return completed.revenue;
}
