import type { NameGroup } from "./people-data.js";

/** A comma-separated list written across lines (names may contain spaces: "van den Berg"). */
const list = (text: string): string[] =>
  text
    .split(",")
    .map((name) => name.trim())
    .filter(Boolean);

/** First names by language; diacritics kept, since the CRM export drops them for some people. */
export const FIRST_NAMES: Record<NameGroup, readonly string[]> = {
  en: list(`
    James, Mary, Robert, Patricia, John, Jennifer, Michael, Linda, William, Elizabeth, David, Barbara, Richard,
    Susan, Joseph, Jessica, Thomas, Sarah, Christopher, Karen, Daniel, Emily, Matthew, Olivia, Anthony, Sophie,
    Andrew, Chloe, Joshua, Katherine, Benjamin, Rebecca, Samuel, Hannah, Nicholas, Grace, Alexander, Amelia,
    Jonathan, Charlotte, José, María, Zoë, Siobhán, Renée, Chloé, Noah, Liam, Ava, Mia
  `),
  de: list(`
    Lukas, Anna, Jonas, Lea, Maximilian, Sophie, Felix, Marie, Leon, Hannah, Paul, Laura, Jürgen, Käthe, Björn,
    Jörg, Günter, Sören, Ömer, Lena, Tobias, Katharina, Johannes, Stefan, Sabine
  `),
  fr: list(`
    Léa, Hugo, Chloé, Louis, Manon, Gabriel, Camille, Arthur, Inès, Raphaël, Zoé, Théo, Élodie, François,
    Hélène, Jérôme, Sébastien, Amélie, Noémie, Céline, Julien, Mathilde
  `),
  nl: list(`
    Daan, Emma, Sem, Julia, Lucas, Tess, Levi, Sophie, Finn, Anouk, Bram, Fleur, Joëlle, Sanne, Thijs, Lotte,
    Ruben, Maartje
  `),
  es: list(`
    Hugo, Lucía, Martín, Sofía, Mateo, Martina, Pablo, María, Álvaro, Paula, José, Carmen, Andrés, Inés,
    Sebastián, Begoña, Íñigo, Nuria, Javier, Elena
  `),
  it: list(`
    Francesco, Giulia, Alessandro, Sofia, Lorenzo, Aurora, Leonardo, Ginevra, Niccolò, Chiara, Matteo,
    Federica, Giuseppe, Francesca
  `),
  sv: list(`
    Lars, Åsa, Björn, Maja, Oskar, Elsa, Göran, Ingrid, Måns, Linnéa, Erik, Astrid
  `),
};

/** Family names by language. */
export const LAST_NAMES: Record<NameGroup, readonly string[]> = {
  en: list(`
    Smith, Johnson, Williams, Brown, Jones, Miller, Davis, Wilson, Anderson, Taylor, Thomas, Moore, Martin,
    Jackson, Thompson, White, Harris, Clark, Lewis, Robinson, Walker, Young, Allen, King, Wright, Scott, Green,
    Baker, Adams, Nelson, Hill, Campbell, Mitchell, O'Brien, O'Connor, MacDonald, García, Rodríguez, Nguyen,
    Patel, Kim, Chen
  `),
  de: list(`
    Müller, Schmidt, Schneider, Fischer, Weber, Meyer, Wagner, Becker, Schulz, Hoffmann, Schäfer, Koch, Bauer,
    Richter, Klein, Wolf, Schröder, Neumann, Schwarz, Krüger, Groß, Weiß, Jäger, Böhm
  `),
  fr: list(`
    Martin, Bernard, Dubois, Thomas, Robert, Richard, Petit, Durand, Leroy, Moreau, Simon, Laurent, Lefèvre,
    Michel, Garcia, Fontaine, Chevalier, Bérenger, Lemaître, Gauthier
  `),
  nl: list(`
    de Jong, Jansen, de Vries, van den Berg, van Dijk, Bakker, Janssen, Visser, Smit, Meijer, de Boer, Mulder,
    de Groot, Bos, Vos, Peters
  `),
  es: list(`
    García, Rodríguez, González, Fernández, López, Martínez, Sánchez, Pérez, Gómez, Martín, Jiménez, Ruiz,
    Hernández, Díaz, Moreno, Muñoz, Álvarez, Romero, Peña, Ibáñez
  `),
  it: list(`
    Rossi, Russo, Ferrari, Esposito, Bianchi, Romano, Colombo, Ricci, Marino, Greco, Bruno, Gallo, Conti,
    De Luca, Mancini, Caruso
  `),
  sv: list(`
    Andersson, Johansson, Karlsson, Nilsson, Eriksson, Larsson, Olsson, Persson, Svensson, Gustafsson,
    Lindström, Åberg
  `),
};

export const NICKNAMES: Readonly<Record<string, readonly string[]>> = {
  James: ["Jim", "Jimmy", "Jamie"],
  Robert: ["Bob", "Rob", "Bobby"],
  John: ["Jack", "Johnny"],
  Michael: ["Mike", "Mikey"],
  William: ["Bill", "Will", "Billy"],
  Elizabeth: ["Liz", "Beth", "Lizzie"],
  David: ["Dave"],
  Richard: ["Rick", "Rich"],
  Joseph: ["Joe", "Joey"],
  Thomas: ["Tom", "Tommy"],
  Christopher: ["Chris"],
  Daniel: ["Dan", "Danny"],
  Matthew: ["Matt"],
  Anthony: ["Tony"],
  Andrew: ["Andy", "Drew"],
  Joshua: ["Josh"],
  Katherine: ["Kate", "Katie", "Kathy"],
  Benjamin: ["Ben"],
  Rebecca: ["Becky", "Becca"],
  Samuel: ["Sam"],
  Nicholas: ["Nick"],
  Alexander: ["Alex"],
  Jonathan: ["Jon"],
  Jennifer: ["Jen", "Jenny"],
  Patricia: ["Pat", "Trish"],
  Jessica: ["Jess"],
  Susan: ["Sue"],
  Barbara: ["Barb"],
  Maximilian: ["Max"],
  Katharina: ["Kathi"],
  Johannes: ["Hannes"],
  Tobias: ["Tobi"],
  Francesco: ["Franco"],
  Giuseppe: ["Beppe"],
  Alessandro: ["Ale"],
  José: ["Pepe"],
  Javier: ["Javi"],
  Sebastián: ["Seba"],
  Raphaël: ["Raph"],
  Mathilde: ["Mathi"],
};

/** Letters without their accents, the way a form or an old CRM would store them. */
export function foldDiacritics(text: string): string {
  return text
    .replace(/ß/g, "ss")
    .replace(/[Øø]/g, (c) => (c === "Ø" ? "O" : "o"))
    .replace(/[Ææ]/g, (c) => (c === "Æ" ? "Ae" : "ae"))
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "");
}
